import {Box} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Step} from '../../src/domain/exercise/types.js';
import {Frame, Notice} from '../../src/tui/frame.js';
import {loadStepScreens} from '../../src/tui/steps/registry.js';
import {StepView} from '../../src/tui/steps/step-view.js';
import {initWidget} from '../../src/tui/steps/widget.js';
import {ThemeContext, trimWrapped} from '../../src/tui/theme.js';
import {plain} from '../helpers/ink.js';

afterEach(() => cleanup());

// At 9 columns, Ink (wrap-ansi with trim: false) breaks "aaaa bbbb cccc" as "aaaa bbbb" / " cccc".
const WORDS = 'aaaa bbbb cccc dddd eeee';

function linesOf(step: Step, color: boolean): string[] {
	const {lastFrame} = render(
		<ThemeContext.Provider value={{color}}>
			<Box width={9} flexDirection="column">
				<StepView step={step} state={initWidget(step, undefined, {})} width={9} height={20} today={new Date()} />
				<Notice text={WORDS} />
			</Box>
		</ThemeContext.Provider>,
	);
	return plain(lastFrame()).split('\n');
}

beforeAll(loadStepScreens);

describe('wrapped lines', () => {
	it('never begin with a space: prompts, help, information and notices, with colour and without', () => {
		const step: Step = {id: 'intro', type: 'info', prompt: WORDS, help: WORDS, text: WORDS};
		for (const color of [true, false]) {
			const lines = linesOf(step, color);
			expect(lines.filter((line) => line.includes('cccc'))).toHaveLength(4);
			expect(lines.filter((line) => line.startsWith(' '))).toEqual([]);
		}
	});

	it("never begin with a space in the keys under a screen, or in a text step's suggested prompt", () => {
		const step: Step = {id: 'text', type: 'text', prompt: 'On your mind?', prompts: [WORDS]};
		for (const color of [true, false]) {
			const {lastFrame} = render(
				<ThemeContext.Provider value={{color}}>
					<Box width={24} flexDirection="column">
						<Frame title="Journal" hints={['enter new line', 'ctrl+d done', 'esc back', 'ctrl+c leave']} columns={24}>
							<StepView step={step} state={initWidget(step, undefined, {})} width={22} height={20} today={new Date()} />
						</Frame>
					</Box>
				</ThemeContext.Provider>,
			);
			// The frame indents every line by one: a second space would be a wrapped line's.
			const lines = plain(lastFrame()).split('\n');
			expect(lines.filter((line) => line.includes('cccc') || line.includes('ctrl+c'))).toHaveLength(2);
			expect(lines.filter((line) => line.startsWith('  '))).toEqual([]);
		}
	});

	it('keep the indent a text was given on its first line', () => {
		expect(trimWrapped('  ↑ 3 more', 0)).toBe('  ↑ 3 more');
		expect(trimWrapped(' cccc', 1)).toBe('cccc');
		expect(trimWrapped('\u001B[2m cccc\u001B[22m', 2)).toBe('\u001B[2mcccc\u001B[22m');
	});
});
