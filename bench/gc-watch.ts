import { PerformanceObserver } from "node:perf_hooks";

/**
 * Collects garbage-collection pauses, so that each timed phase can say how much of its time went to the
 * collector. Node delivers the entries asynchronously: call `settle` once the synchronous work is over.
 */
export class GcWatch {
  private readonly pauses: { readonly start: number; readonly ms: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      this.pauses.push({ start: entry.startTime, ms: entry.duration });
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ["gc"] });
  }

  /** Waits for the pending entries, then stops watching. */
  async settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.observer.disconnect();
  }

  /** Milliseconds of collection that started within [start, end) (performance.now() times). */
  msWithin(start: number, end: number): number {
    let ms = 0;
    for (const pause of this.pauses) if (pause.start >= start && pause.start < end) ms += pause.ms;
    return Math.round(ms * 10) / 10;
  }
}
