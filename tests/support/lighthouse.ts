import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './browser.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const categories: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface LighthouseResult {
  url: string;
  /** 0 to 100, as the Lighthouse report shows them. */
  scores: Record<Category, number>;
  /** Audits that lost points, for the failure message. */
  failing: string[];
  /** Lighthouse's measure of this machine's CPU speed at the time (about 1500 on its reference machine). */
  benchmarkIndex: number;
  /** How much Lighthouse slowed the CPU to emulate a mid-range phone (its default is 4). */
  cpuSlowdown: number;
  /** How many runs the scores are the median of. */
  runs?: number;
}

/**
 * The CPU slowdown that makes this machine behave like Lighthouse's reference
 * mid-range phone, from Lighthouse's own calibration table
 * (lighthouse-cpu-throttling-calculator): 4x on its reference machine
 * (benchmark index ~1500), less on a slower or busier one. Never more than the default 4x.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return Math.min(4, 3 + (benchmarkIndex - 1300) / 233);
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return 1;
}

/**
 * Lighthouse's default mobile run (a mid-range phone on a slow 4G connection,
 * simulated) against the local server, in Debian's Chromium: nothing is
 * downloaded. One Chromium for all the pages, to keep CI quick.
 */
export async function runLighthouse(urls: string[], cpuSlowdownFor: (url: string) => number = () => 4): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    logLevel: 'silent',
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const cpuSlowdown = cpuSlowdownFor(url);
      let lhr;
      // Lighthouse sometimes loses the page's trace on a busy machine
      // (NO_NAVSTART, NO_FCP): such a run says nothing about the page, so it runs again.
      for (let attempt = 1; attempt <= 3; attempt++) {
        // Flags merge into the default mobile settings: only the CPU slowdown changes.
        const flags = {
          port: chrome.port,
          output: 'json' as const,
          logLevel: 'error' as const,
          onlyCategories: categories,
          throttling: { cpuSlowdownMultiplier: cpuSlowdown },
        };
        lhr = (await lighthouse(url, flags))?.lhr;
        if (lhr && !lhr.runtimeError) break;
      }
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref: { id: string; weight: number }) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref: { id: string }) => `${c}: ${ref.id} (${lhr.audits[ref.id].score})`),
      );
      results.push({ url, scores, failing, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex), cpuSlowdown });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/**
 * One result from several runs of the same page: each category's median score
 * (the run with the median performance score supplies the rest).
 */
export function medianOf(runs: LighthouseResult[]): LighthouseResult {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = byPerformance[Math.floor((runs.length - 1) / 2)];
  const scores = Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>;
  return { ...middle, scores, failing: middle.failing, runs: runs.length };
}
