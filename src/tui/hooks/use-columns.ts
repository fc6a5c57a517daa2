import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export const NARROWEST = 30;

/** The terminal's width, kept current on resize (so every screen re-lays out). */
export function useColumns(): number {
	const {stdout} = useStdout();
	const read = (): number => Math.max(NARROWEST, stdout.columns || 80);
	const [columns, setColumns] = useState(read);
	useEffect(() => {
		const onResize = (): void => setColumns(Math.max(NARROWEST, stdout.columns || 80));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return columns;
}
