import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, editorSession, field, openAdmin, previewFrame, saveAndPublish, typeMarkdown } from '../support/decap';
import matter from 'gray-matter';
import { todayIso } from '../../cms/widgets/ReviewDateControl';

// Everyday jobs a navigator does in the editor, and the ways it used to let
// them down (issue 19): Chromium, the production build, the local backend on
// a throwaway Git copy of the content. One site, one decap-server and one
// browser for the whole file.

const editor = editorSession('cms-editor');

const git = (...args: string[]) => execFileSync('git', args, { cwd: editor.sandbox.dir, encoding: 'utf8' }).trim();
const drafts = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean);
/** Opens an address in the editor as a fresh page load, as a navigator following a link would. */
const openFresh = async (address: string) => {
  await editor.page.goto('about:blank');
  await editor.page.goto(`${editor.site.origin}/admin/${address}`);
};
const openEntry = async (collection: string, slug: string) => {
  await openFresh(`#/collections/${collection}/entries/${slug}`);
  await editor.page.getByRole('button', { name: 'Save' }).waitFor();
};
/** The Workflow board, loaded afresh as a navigator coming back to it would. */
const openWorkflow = async () => {
  await openFresh('#/workflow');
  await editor.page
    .getByRole('heading', { name: /Drafts/i })
    .or(editor.page.getByText(/^Drafts$/))
    .first()
    .waitFor();
};

describe('drafts never get stuck', () => {
  it('changing the address to another entry opens that entry, and saving saves that one', async () => {
    await openEntry('services', 'family-hubs');
    await expect.poll(() => field(editor.page, 'Service name').inputValue(), { timeout: 10_000 }).toBe('Family hubs');
    await editor.page.evaluate(() => (window.location.hash = '#/collections/services/entries/brightsteps-day-nurseries'));
    await expect
      .poll(
        () =>
          field(editor.page, 'Service name')
            .inputValue()
            .catch(() => ''),
        { timeout: 20_000 },
      )
      .toBe('Brightsteps day nurseries');
    await editor.page.getByRole('button', { name: 'Mark as reviewed today' }).click();
    await editor.page.getByRole('button', { name: 'Save' }).click();
    await editor.page.getByText('Saved as a draft').first().waitFor();
    expect(drafts()).toEqual(['cms/services/brightsteps-day-nurseries']);
    expect(git('diff', '--name-only', 'main', 'cms/services/brightsteps-day-nurseries')).toBe('content/services/brightsteps-day-nurseries.md');
    expect(git('show', 'cms/services/brightsteps-day-nurseries:content/services/brightsteps-day-nurseries.md')).toContain(`lastReviewed: ${todayIso()}`);

    await openWorkflow();
    await editor.page.getByText('Brightsteps day nurseries').first().waitFor();
    expect(await editor.page.getByText(/Failed to load entry/).count()).toBe(0);
  });

  it('a draft with no changes left in Git does not break the Workflow board or the entry', async () => {
    // What an older decap-server left behind: a draft branch identical to main.
    git('branch', 'cms/services/family-hubs', 'main');
    git('config', 'branch.cms/services/family-hubs.description', 'decap-cms/draft');
    await openWorkflow();
    await editor.page.getByText('Brightsteps day nurseries').first().waitFor();
    expect(await editor.page.getByText(/Failed to load entry/).count()).toBe(0);
    expect(drafts()).toEqual(['cms/services/brightsteps-day-nurseries']);

    await openEntry('services', 'family-hubs');
    await expect.poll(() => field(editor.page, 'Service name').inputValue(), { timeout: 10_000 }).toBe('Family hubs');
    await field(editor.page, 'Phone (optional)').fill('01632 960999');
    await editor.page.getByRole('button', { name: 'Save' }).click();
    await editor.page.getByText('Saved as a draft').first().waitFor();
    expect(git('diff', '--name-only', 'main', 'cms/services/family-hubs')).toBe('content/services/family-hubs.md');
  });

  it('a navigator can discard a draft from the editor', async () => {
    await openEntry('services', 'family-hubs');
    await editor.page.getByRole('button', { name: /Delete unpublished changes/i }).click();
    await expect.poll(drafts).toEqual(['cms/services/brightsteps-day-nurseries']);
  });
});

/** Types a date (and time) into the Day, Month, Year (and Time) boxes of the field labelled `label`. */
async function typeDate(label: string, day: number, month: number, year: number, time?: string) {
  const dayBox = field(editor.page, label);
  const id = await dayBox.getAttribute('id');
  await dayBox.fill(String(day));
  await editor.page.locator(`[id="${id}-month"]`).fill(String(month));
  await editor.page.locator(`[id="${id}-year"]`).fill(String(year));
  if (time) await editor.page.locator(`[id="${id}-time"]`).fill(time);
}

describe('errors come in one round', () => {
  it('the first save marks every missing field in red, dates too, and the preview names them in plain words', async () => {
    // A browser of its own: Decap keeps the unsaved new event as a local backup and would offer it to the next test.
    const main = editor.page;
    editor.page = await openAdmin(editor.browser, editor.site.origin, editor.sandbox);
    try {
      await refusedFirstSave();
    } finally {
      await editor.page.context().close();
      editor.page = main;
    }
  });
});

/** Saves a new event with only its title, then with a date half typed. */
async function refusedFirstSave() {
  await openFresh('#/collections/events/new');
  await field(editor.page, 'Title').fill('Half-planned coffee morning');
  await editor.page.getByRole('button', { name: 'Save' }).click();
  await editor.page.getByText('Not saved: fill in the fields marked in red first.').first().waitFor();
  const red = editor.page.locator('ul[class*="ControlErrorsList"] li');
  await expect
    .poll(() => red.allInnerTexts().then((t) => t.map((m) => m.toLowerCase())))
    .toEqual(
      expect.arrayContaining(['type of event is required.', 'starts is required.', 'ends is required.', 'who it is for is required.', 'run by is required.']),
    );
  // The page moves to the first field in red.
  await expect.poll(() => field(editor.page, 'Type of event').evaluate((el) => el === document.activeElement)).toBe(true);
  const checks = (await previewFrame(editor.page)).getByRole('note').filter({ hasText: 'Not ready to publish yet' });
  await expect.poll(() => checks.innerText()).toContain('Type of event: choose one from the list');
  expect(await checks.innerText()).toContain('Starts: fill this in');
  expect(await checks.innerText()).not.toMatch(/must be one of|YYYY|local-offer-day/);

  // A date half typed is not saved, and says so under the field.
  await typeDate('Starts', 20, 13, 2027, '18:30');
  await editor.page.getByRole('button', { name: 'Save' }).click();
  await editor.page.getByText('Starts: not a real date and time yet, for example 5, 12, 2026 and 18:30.').first().waitFor();
  expect(drafts()).not.toContain('cms/events/half-planned-coffee-morning');
}

describe('everyday jobs', () => {
  it('adds an online event with no venue: UK dates and times, the organiser chosen by name', async () => {
    await openFresh('#/collections/events/new');
    await field(editor.page, 'Title').fill('Online transport question time');
    await choose(editor.page, 'Type of event', 'Information session');
    await field(editor.page, 'Summary').fill('Ask the SEND transport team anything about getting to school or college.');
    await typeDate('Starts', 20, 1, 2027, '18:30');
    await editor.page.getByText('20 January 2027 at 18:30 (UK time)').waitFor();
    await typeDate('Ends', 20, 1, 2027, '19:30');
    await field(editor.page, 'Who it is for').fill('Parents and carers of children who need help to travel to school');
    await field(editor.page, 'How to join online (optional)').fill('On Microsoft Teams. We email you the link when you book.');
    await field(editor.page, 'Accessibility').fill('Live captions are on. Ask if you need a BSL interpreter.');
    await choose(editor.page, 'Run by', 'Northbridge Council');
    await typeMarkdown(editor.page, ['Bring your questions about transport to school or college.']);
    // No "Now" button, no "UTC", no American date boxes.
    expect(await editor.page.getByRole('button', { name: 'Now' }).count()).toBe(0);
    expect(await editor.page.getByText('UTC', { exact: true }).count()).toBe(0);
    await saveAndPublish(editor.page);

    const file = matter(fs.readFileSync(path.join(editor.sandbox.dir, 'content/events/online-transport-question-time.md'), 'utf8'));
    expect(file.data).toMatchObject({ start: '2027-01-20T18:30', end: '2027-01-20T19:30', organiser: 'northbridge-council', kind: 'information-session' });
    expect(file.data).not.toHaveProperty('venue');
    // Fields in the schema's order, and no empty values.
    expect(Object.keys(file.data)).toEqual(['title', 'kind', 'summary', 'start', 'end', 'audience', 'online', 'booking', 'cost', 'accessibility', 'organiser']);
  });
});

describe('keyboard only', () => {
  /** Presses Tab (or Shift+Tab) until the field labelled `label` (or the element `target`) has focus, as a keyboard user would. */
  async function tabTo(target: string | ReturnType<Page['locator']>, backwards = false) {
    const element = typeof target === 'string' ? field(editor.page, target) : target;
    for (let presses = 0; presses < 400; presses++) {
      if (await element.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
      await editor.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Could not reach ${typeof target === 'string' ? target : 'the element'} with the Tab key`);
  }
  const typeInto = async (label: string, text: string) => {
    await tabTo(label);
    await editor.page.keyboard.type(text);
  };
  /** A drop-down: type some of the words, then Enter picks the first match. */
  const pick = async (label: string, words: string) => {
    await tabTo(label);
    await editor.page.keyboard.type(words);
    await editor.page.getByRole('option').first().waitFor();
    await editor.page.keyboard.press('Enter');
  };

  it('a navigator creates and saves a service without a mouse', async () => {
    await openFresh('#/collections/services/new');
    await field(editor.page, 'Service name').waitFor();
    await typeInto('Service name', 'Calm corner phone line');
    // Saving too early marks every missing field at once and moves to the first of them.
    await tabTo(editor.page.getByRole('button', { name: 'Save' }), true);
    await editor.page.keyboard.press('Enter');
    await editor.page.getByText('Not saved: fill in the fields marked in red first.').first().waitFor();
    await expect.poll(() => field(editor.page, 'Run by').evaluate((el) => el === document.activeElement)).toBe(true);
    await pick('Run by', 'Northbridge Council');
    await typeInto('Summary', 'A phone line for parents whose child finds busy places hard, with ideas for calm days out.');
    await pick('Tier (graduated approach)', 'Universal');
    await pick('Areas of need', 'Feelings');
    await pick('Local Offer topics', 'Leisure');
    await typeInto('Youngest age', '0');
    await typeInto('Oldest age', '18');
    await typeInto('Who can use it', 'Any parent or carer. No diagnosis needed.');
    await pick('Who can ask for it', 'You can contact them yourself');
    await tabTo(editor.page.getByRole('button', { name: 'Add step' }));
    await editor.page.keyboard.press('Enter');
    await typeInto('Step', 'Phone and leave a message; we call back the same day.');
    await tabTo('It is free');
    await editor.page.keyboard.press('Space');
    await typeInto('Phone (optional)', '01632 960456');
    await pick('How it is delivered', 'By phone');
    await tabTo(editor.page.getByRole('button', { name: 'Mark as reviewed today' }));
    await editor.page.keyboard.press('Enter');
    await typeInto('Job title of who keeps it up to date', 'Family Hubs Manager');
    await tabTo(editor.page.locator('[data-slate-editor="true"]').last());
    await editor.page.keyboard.type('Ring us for ideas and a friendly chat.');
    await tabTo(editor.page.getByRole('button', { name: 'Save' }), true);
    await editor.page.keyboard.press('Enter');
    await editor.page.getByText('Saved as a draft').first().waitFor();
    const saved = matter(git('show', 'cms/services/calm-corner-phone-line:content/services/calm-corner-phone-line.md'));
    expect(saved.data).toMatchObject({
      name: 'Calm corner phone line',
      organisation: 'northbridge-council',
      tier: 'universal',
      delivery: ['phone'],
      cost: { free: true },
    });
    expect(new Date(saved.data.lastReviewed).toISOString().slice(0, 10)).toBe(todayIso());
    expect(saved.content).toContain('Ring us for ideas and a friendly chat.');
  });
});
