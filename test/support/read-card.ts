/**
 * Runs inside the page, on one rendered `.ac-adaptiveCard`: what a reader sees of it. Written without helper
 * functions or imports, because Playwright sends only this function's source to the browser.
 */
export interface CardReading {
  /** The visible text, as innerText lays it out. */
  text: string;
  /** Texts that do not fit their box: cut with an ellipsis or overflowing a box that hides the rest. */
  cut: string[];
  /** Words whose letters lie on two lines ("Presentatio" / "n"). */
  brokenWords: string[];
  buttons: string[];
  /** Texts drawn struck through (a session's old time). */
  struck: string[];
  width: number;
  height: number;
}

export const readCard = (card: Element): CardReading => {
  // Form controls scroll their own value; a long prefilled answer is not a layout fault.
  const controls = 'input, textarea, select, [contenteditable="true"]';
  const clipped: HTMLElement[] = [];
  for (const element of card.querySelectorAll<HTMLElement>('*')) {
    if (element.matches(controls) || element.closest(controls) || !element.innerText?.trim()) continue;
    const style = getComputedStyle(element);
    const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    // A pixel of slack across: sub-pixel widths round differently in scrollWidth and clientWidth. More down:
    // focus rings and checkbox margins stick out a few pixels, while a clamped line hides a whole line.
    const wider = element.scrollWidth > element.clientWidth + 1;
    const taller = style.overflowY !== 'visible' && element.scrollHeight > element.clientHeight + 6;
    if (hides && (wider || taller)) clipped.push(element);
  }
  // Report the innermost box: a cut cell also makes its row and table overflow.
  const cut = clipped.filter((outer) => !clipped.some((inner) => inner !== outer && outer.contains(inner))).map((e) => e.innerText.trim());

  const brokenWords: string[] = [];
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  // A line may end after a space, a hyphen, a dash or a slash; a word is what lies between them.
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of (node as Text).data.matchAll(/[^\s\-‐–—/]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
      if (boxes.some((a) => boxes.some((b) => b.top >= a.bottom - 1))) brokenWords.push(word[0]);
    }
  }

  const buttons = [...card.querySelectorAll<HTMLElement>('button, [role="button"]')]
    .map((b) => (b.innerText || b.getAttribute('aria-label') || '').trim())
    .filter((t) => t !== '');
  // Where the text itself sits: the element with a text node of its own, whose drawn decoration strikes it through.
  const struck = [...card.querySelectorAll<HTMLElement>('*')]
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
    .filter((e) => getComputedStyle(e).textDecorationLine.includes('line-through'))
    .map((e) => e.innerText.trim());
  const box = card.getBoundingClientRect();
  return { text: (card as HTMLElement).innerText, cut, brokenWords, buttons, struck, width: Math.round(box.width), height: Math.round(box.height) };
};
