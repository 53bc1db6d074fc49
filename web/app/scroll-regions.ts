/**
 * A table wider (or taller) than its box scrolls inside antd's `.ant-table-content` or
 * `.ant-table-body`. Someone using only the keyboard can scroll such a box only when it can take the
 * focus (WCAG 2.1.1; axe's scrollable-region-focusable): each one that scrolls gets tabIndex 0 and
 * loses it when it no longer scrolls, for every table in the app, without touching the pages.
 */
const SELECTOR = '.ant-table-content, .ant-table-body';
const MARK = 'data-gz-scroll-focus';

function scrolls(el: HTMLElement) {
  return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
}

function update(root: ParentNode) {
  for (const el of root.querySelectorAll<HTMLElement>(SELECTOR)) {
    if (scrolls(el)) {
      if (!el.hasAttribute('tabindex')) {
        el.tabIndex = 0;
        el.setAttribute(MARK, '');
      }
    } else if (el.hasAttribute(MARK)) {
      el.removeAttribute('tabindex');
      el.removeAttribute(MARK);
    }
  }
}

/** Watches the document from now on; returns the function that stops watching. */
export function focusableScrollRegions(root: HTMLElement = document.body): () => void {
  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        update(root);
      });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    removeEventListener('resize', schedule);
    cancelAnimationFrame(frame);
  };
}
