import type {Context} from '../../context.js';
import {invalid} from '../../errors.js';

/**
 * Interactive screens need a terminal at both ends; say so instead of hanging (exit 2),
 * with what works instead, and where help is.
 */
export function requireTerminal(context: Context, what: string, instead?: string): void {
	if (context.interactive) return;
	throw invalid(
		`${what} needs a terminal, and this is not one (stdin or stdout is piped).`,
		[instead, 'Help now: cope sos.'].filter(Boolean).join('\n'),
	);
}

/**
 * Plain mode instead of the screens: asked for (--plain), set (`ui.plain`), or the
 * terminal cannot move its cursor (TERM=dumb: emacs shells, some screen-reader setups).
 */
export function plainWanted(context: Context, flag = false): boolean {
	if (flag || context.env['TERM'] === 'dumb') return true;
	try {
		return context.settings()['ui.plain'] === true;
	} catch {
		return false;
	}
}
