import type { AppInstance } from '../app.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string | string[] };
}
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * `GET /docs`: the OpenAPI document as one readable page, plain HTML with no script, so it
 * works under the strict Content-Security-Policy and with JavaScript off.
 */
export async function docsRoute(app: AppInstance): Promise<void> {
  let page: string | undefined;
  app.get('/docs', { schema: { hide: true } }, async (_request, reply) => {
    page ??= render(
      app.swagger() as {
        info: { title: string; description?: string; version: string };
        paths: Record<string, Record<string, Operation>>;
      },
    );
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(page);
  });
}

function render(doc: {
  info: { title: string; description?: string; version: string };
  paths: Record<string, Record<string, Operation>>;
}): string {
  const sections: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
        )
        .join('');
      const responses = Object.entries(op.responses ?? {})
        .map(
          ([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? '')}</li>`,
        )
        .join('');
      sections.push(`<section>
<h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary ?? '')}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${params ? `<table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">required</th><th scope="col">what it is</th></tr></thead><tbody>${params}</tbody></table>` : ''}
${op.requestBody ? '<p>Takes a JSON body; its schema is in <a href="/openapi.json">openapi.json</a>.</p>' : ''}
${responses ? `<ul>${responses}</ul>` : ''}
</section>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} — API docs</title></head>
<body><main>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? '')} The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are RFC 9457 <code>application/problem+json</code> with a stable <code>code</code>. A typed client is in the npm package <code>@recovery-circles/core</code> (<code>createClient</code>).</p>
${sections.join('\n')}
</main></body></html>`;
}
