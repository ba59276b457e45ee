import { type CrisisLine, createClient } from '@recovery-circles/core';
import { useEffect, useState } from 'react';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; lines: CrisisLine[] };

const client = createClient({ baseUrl: '' });

/**
 * The curation app's first screen: the crisis lines the directory serves and whether a
 * curator has confirmed each one. Accounts, review and editing arrive with their own issue.
 */
export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    client
      .crisisLines(controller.signal)
      .then(({ data }) => setState({ status: 'ready', lines: data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      });
    return () => controller.abort();
  }, []);

  return (
    <main>
      <h1>Recovery Circles — curation</h1>
      <h2>Crisis and help lines</h2>
      {state.status === 'loading' ? <p role="status">Loading the directory…</p> : null}
      {state.status === 'error' ? (
        <p role="alert">The directory could not be loaded: {state.message}</p>
      ) : null}
      {state.status === 'ready' ? (
        <table>
          <caption>
            {state.lines.length} lines served at /v1/crisis-lines. Lines without a verified date show as "not
            yet verified" to visitors.
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Channels</th>
              <th scope="col">Source</th>
              <th scope="col">Last verified</th>
            </tr>
          </thead>
          <tbody>
            {state.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.name}</th>
                <td>{line.channels.map((c) => c.type).join(', ')}</td>
                <td>{line.source ?? '—'}</td>
                <td>{line.verifiedAt?.slice(0, 10) ?? 'not yet verified'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
