/** A writing prompt for today, so the journal offers a different one each day. */
export function promptOfTheDay(prompts: readonly string[] | undefined, date: Date): string | undefined {
	if (!prompts || prompts.length === 0) return undefined;
	const day = Math.floor((date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000);
	return prompts[day % prompts.length];
}
