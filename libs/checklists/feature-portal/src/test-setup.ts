import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

// jsdom has no ResizeObserver, which ngx-echarts requires
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe(): void {
      /* nothing to observe in jsdom */
    }
    unobserve(): void {
      /* nothing to observe in jsdom */
    }
    disconnect(): void {
      /* nothing to observe in jsdom */
    }
  };
}
