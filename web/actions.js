// The widget's click actions that are only DOM calls: moving the focus and
// the clipboard. Here they are a line each; through web-sys's bindings in
// the wasm they cost more (README, cuts table). Each finds its widget from
// the clicked control, so no node is kept.

// "See your estimate" (`#` + the result heading's id) and "Go to the first
// unanswered question" (the first question without a checked choice, then
// its first `control`: focus alone does not tick a radio): the first match
// in the clicked control's widget, or its first `control`, takes the focus,
// and the match is scrolled to the top, so a question's text shows above
// its choices (focus scrolls only the choice into view).
export function focusIn(event, selector, control) {
  const match = event.target.closest('.te-root')?.querySelector(selector);
  const target = control ? match?.querySelector(control) : match;
  if (target) {
    target.focus();
    match.scrollIntoView();
  }
}

// The first `selector` text field in the clicked control's widget, focused
// and its text selected.
export function selectIn(event, selector) {
  const field = event.target.closest('.te-root')?.querySelector(selector);
  field?.focus();
  field?.select();
}

// Whether `text` reached the clipboard. An http page has no clipboard API
// (calling it would throw): false then, as for a refusal.
export const copyText = (text) =>
  navigator.clipboard
    ? navigator.clipboard.writeText(text).then(() => true, () => false)
    : Promise.resolve(false);
