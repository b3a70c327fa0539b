'use client';
import type { ReactNode } from 'react';

interface Option<V extends string | number> {
  value: V;
  label: string;
  /** Shown big above the label (a face); hidden from screen readers, which read the label. */
  face?: ReactNode;
}

/** One question answered with one tap: native radios styled as big chips (keyboard and screen readers work as usual). */
export function ChoiceGroup<V extends string | number>({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  columns = 5,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option<V>[];
  value: V | null;
  onChange: (v: V) => void;
  error?: string;
  columns?: 3 | 5;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined} aria-invalid={error ? true : undefined}>
      <legend className="field-label text-base">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint mb-2">
          {hint}
        </p>
      )}
      <div className={`grid gap-2 ${columns === 3 ? 'grid-cols-3' : 'grid-cols-5'}`}>
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-14 cursor-pointer flex-col items-center justify-center rounded-2xl border-2 border-sand-300 bg-paper px-1 py-1.5 text-center text-xs leading-tight font-semibold has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent-strong has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="sr-only" />
            {o.face && (
              <span aria-hidden="true" className="leading-none">
                {o.face}
              </span>
            )}
            <span className={o.face ? 'mt-1' : 'text-sm'}>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A number counted up or down with two big buttons (glasses of water, meals). */
export function Stepper({
  id,
  label,
  hint,
  value,
  onChange,
  max,
  lessLabel,
  moreLabel,
  emptyLabel,
}: {
  id: string;
  label: string;
  hint?: string;
  value: number | null;
  onChange: (v: number | null) => void;
  max: number;
  lessLabel: string;
  moreLabel: string;
  emptyLabel: string;
}) {
  const current = value ?? 0;
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <p id={`${id}-label`} className="field-label text-base">
        {label}
      </p>
      {hint && (
        <p id={`${id}-hint`} className="field-hint mb-2">
          {hint}
        </p>
      )}
      <div className="flex items-center gap-3">
        <button
          type="button"
          className="btn-secondary size-14 shrink-0 rounded-full p-0 text-2xl"
          aria-label={lessLabel}
          disabled={value === null || value === 0}
          onClick={() => onChange(Math.max(0, current - 1))}
        >
          <span aria-hidden="true">−</span>
        </button>
        <output id={id} aria-live="polite" className="min-w-16 text-center text-3xl font-bold tabular-nums">
          {value === null ? <span className="text-base font-semibold text-muted">{emptyLabel}</span> : value}
        </output>
        <button
          type="button"
          className="btn-secondary size-14 shrink-0 rounded-full p-0 text-2xl"
          aria-label={moreLabel}
          disabled={current >= max}
          onClick={() => onChange(value === null ? 1 : Math.min(max, value + 1))}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </div>
  );
}
