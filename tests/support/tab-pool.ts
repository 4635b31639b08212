import type { Page } from 'playwright-core';

/**
 * A few browser tabs shared by concurrent tests (`it.concurrent`): each test
 * waits for a free tab, uses it and hands it back, so a sweep of many pages
 * runs two at a time however many tests there are.
 */
export class TabPool {
  private readonly free: Page[];
  private readonly waiting: ((page: Page) => void)[] = [];

  constructor(pages: Page[]) {
    this.free = [...pages];
  }

  async use<T>(job: (page: Page) => Promise<T>): Promise<T> {
    const page = this.free.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await job(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.free.push(page);
    }
  }
}
