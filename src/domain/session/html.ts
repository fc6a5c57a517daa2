/**
 * The session summary as one self-contained HTML file: no scripts, no links to
 * anything outside it (styles inline, charts as inline SVG), every word escaped.
 * A print stylesheet makes "Print → Save as PDF" give clean A4 pages: no record is
 * split across a page, headings stay with what follows.
 */
import {inert} from '../text.js';
import type {Block} from './document.js';
import {escapeXml, svgChart} from './svg-chart.js';

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1.25rem 1rem 3rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; background: #fff; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 1px solid #d8dee4; }
h3 { font-size: 1rem; margin: 1.25rem 0 .25rem; color: #3d4650; }
p { margin: .5rem 0; }
p.quiet { color: #57606a; }
dl { margin: .25rem 0 1rem; }
dt { font-weight: 600; margin-top: .5rem; }
dd { margin: 0 0 0 1rem; white-space: pre-wrap; }
dd ul { margin: 0; padding-left: 1.1rem; white-space: normal; }
ul { padding-left: 1.25rem; }
.record { break-inside: avoid; }
figure { margin: .75rem 0 1.25rem; break-inside: avoid; }
figcaption { font-size: .875rem; color: #57606a; }
svg.chart { display: block; width: 100%; height: auto; }
svg .grid { stroke: #e4e8ec; stroke-width: 1; }
svg .line { fill: none; stroke: #3b6ea8; stroke-width: 2; stroke-linejoin: round; }
svg .point { fill: #3b6ea8; }
svg text { font: 14px system-ui, sans-serif; fill: #57606a; }
@media (max-width: 480px) { svg text { font-size: 24px; } svg .point { r: 6px; } svg .line { stroke-width: 3; } svg text.minor { display: none; } }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9375rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #e4e8ec; vertical-align: top; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; border-top: none; margin-top: 1.25rem; }
  h3 { break-after: avoid; }
  tr, li, dt, dd { break-inside: avoid; }
  .table { overflow: visible; }
}
`;

/** The person's words for HTML: inert (control characters shown), then escaped. */
function html(text: string): string {
	return escapeXml(inert(text));
}

function fieldValue(value: string | string[]): string {
	if (Array.isArray(value)) return `<ul>${value.map((item) => `<li>${html(item)}</li>`).join('')}</ul>`;
	return html(value);
}

export function renderHtml(blocks: readonly Block[], title: string): string {
	const body: string[] = [];
	let open = false;
	const close = (): void => {
		if (open) body.push('</section>');
		open = false;
	};
	for (const block of blocks) {
		switch (block.kind) {
			case 'heading':
				// A record (its heading and what follows) is kept on one page.
				close();
				if (block.level === 3) {
					body.push('<section class="record">');
					open = true;
				}
				body.push(`<h${block.level}>${html(block.text)}</h${block.level}>`);
				break;
			case 'paragraph':
				body.push(`<p${block.quiet ? ' class="quiet"' : ''}>${html(block.text)}</p>`);
				break;
			case 'fields':
				body.push(`<dl>${block.items.map((item) => `<dt>${html(item.name)}</dt><dd>${fieldValue(item.value)}</dd>`).join('')}</dl>`);
				break;
			case 'list':
				body.push(`<ul>${block.items.map((item) => `<li>${html(item)}</li>`).join('')}</ul>`);
				break;
			case 'table':
				body.push(
					`<div class="table"><table><thead><tr>${block.head.map((cell) => `<th scope="col">${html(cell)}</th>`).join('')}</tr></thead><tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${html(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`,
				);
				break;
			case 'chart': {
				const words =
					block.labels === undefined
						? ''
						: ` · ${Object.entries(block.labels)
								.map(([key, word]) => `${key} = ${word}`)
								.join(', ')}`;
				body.push(
					`<figure>${svgChart(block)}<figcaption>${html(`${block.title}${words}. A gap is a day without a reading.`)}</figcaption></figure>`,
				);
				break;
			}
		}
	}
	close();
	// No scripts and nothing fetched: the policy says so to the browser as well.
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${html(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
