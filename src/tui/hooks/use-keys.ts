import {useInput} from 'ink';
import {useCallback} from 'react';
import {toKeyEvents, type KeyEvent} from '../keymap.js';

/**
 * The screen's one input owner: a stable handler (Ink re-subscribes when it changes)
 * that turns raw keys into KeyEvents and hands each to `onKey` (usually a dispatch).
 */
export function useKeys(onKey: (event: KeyEvent) => void, isActive = true): void {
	const handler = useCallback(
		(input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
			for (const event of toKeyEvents(input, key)) onKey(event);
		},
		[onKey],
	);
	useInput(handler, {isActive});
}
