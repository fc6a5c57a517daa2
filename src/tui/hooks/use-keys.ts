import {useInput} from 'ink';
import {useCallback, useRef} from 'react';
import {createPasteReader, readKeys, type KeyEvent} from '../keymap.js';

/**
 * The screen's one input owner: a stable handler (Ink re-subscribes when it changes)
 * that turns raw keys into KeyEvents and hands each to `onKey` (usually a dispatch).
 * Pasted text arrives as text events marked `paste`, never as Enter (keymap.ts).
 */
export function useKeys(onKey: (event: KeyEvent) => void, isActive = true): void {
	const paste = useRef(createPasteReader());
	const handler = useCallback(
		(input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
			for (const event of readKeys(paste.current, input, key)) onKey(event);
		},
		[onKey],
	);
	useInput(handler, {isActive});
}
