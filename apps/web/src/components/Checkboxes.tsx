import type { ReactNode } from 'react';

interface Props {
  legend: ReactNode;
  name: string;
  choices: readonly (readonly [string, string])[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  /** Attributes for each choice's label, e.g. `lang` for language names. */
  langOf?: (id: string) => string | undefined;
}

/** A group of checkboxes with a legend; the order of `choices` is kept in the selection. */
export function Checkboxes({ legend, name, choices, selected, onChange, hint, langOf }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(choices.map(([choice]) => choice).filter((choice) => next.has(choice)));
  };
  return (
    <fieldset className="choices" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="choices__grid">
        {choices.map(([id, text]) => (
          <label key={id} className="choice">
            <input
              type="checkbox"
              name={name}
              value={id}
              checked={selected.includes(id)}
              onChange={(event) => toggle(id, event.target.checked)}
            />
            <span lang={langOf?.(id)}>{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A group of radio buttons with a legend. */
export function Radios({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: ReactNode;
  name: string;
  choices: readonly (readonly [string, string])[];
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <div className="choices__grid">
        {choices.map(([id, text]) => (
          <label key={id} className="choice">
            <input type="radio" name={name} value={id} checked={value === id} onChange={() => onChange(id)} />
            <span>{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
