import type {Settings} from '../domain/settings.js';

/**
 * The lines "help now" shows everywhere (the TUI's ctrl+g, `cope sos`, alerts).
 * The safety work gives this the real helpline directory; for now: the person's
 * own contact and the international directory.
 */
export function crisisLines(settings: Settings): string[] {
	const lines: string[] = [];
	const custom = settings['crisis.custom'];
	if (typeof custom === 'string' && custom !== '') lines.push(custom);
	lines.push('Find a helpline where you are: findahelpline.com');
	lines.push('If you are in danger now, call your local emergency number.');
	return lines;
}
