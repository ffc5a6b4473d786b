/**
 * Moving focus where the user's attention should go: to what an action opened,
 * and to a page's heading after navigation. A keyboard or screen-reader user
 * then hears what happened, and someone watching a projected screen sees it.
 */

/** Makes an element that is not focusable by nature focusable by script only. */
function focusable(el: HTMLElement): HTMLElement {
	if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
	return el;
}

/**
 * An attachment for something an action opens (a form, a preview): when it
 * appears, it is scrolled into view and the focus moves to it, or to the first
 * element inside it matching `selector` (e.g. the form's first field).
 * `{@attach reveal('#goal-title')}`
 */
export function reveal(selector?: string) {
	return (el: HTMLElement) => {
		const target = (selector && el.querySelector<HTMLElement>(selector)) || el;
		el.scrollIntoView({ block: 'start' });
		focusable(target).focus({ preventScroll: true });
	};
}

/**
 * After a client-side navigation, focus goes to the page's first heading
 * instead of the document body (where SvelteKit leaves it). A page that renders
 * its heading once its data has loaded is waited for, up to `waitMs`; a page
 * that has already moved focus itself (a search box, an autofocus field) keeps it.
 */
export function focusHeadingAfterNavigation(root: HTMLElement, waitMs = 3000): () => void {
	const untouched = () => !document.activeElement || document.activeElement === document.body;
	const tryFocus = () => {
		if (!untouched()) return true;
		const h1 = root.querySelector<HTMLElement>('h1');
		if (!h1) return false;
		focusable(h1).focus({ preventScroll: true });
		return true;
	};
	if (tryFocus()) return () => {};
	const observer = new MutationObserver(() => {
		if (tryFocus()) stop();
	});
	const timer = setTimeout(() => stop(), waitMs);
	function stop() {
		observer.disconnect();
		clearTimeout(timer);
	}
	observer.observe(root, { childList: true, subtree: true });
	return stop;
}

/**
 * A date or time field holding something the browser could not read: its
 * value is then empty, and saving would silently drop what the user typed.
 */
export function unreadableField(root: ParentNode): HTMLInputElement | undefined {
	return [...root.querySelectorAll<HTMLInputElement>('input')].find((i) => i.validity.badInput);
}
