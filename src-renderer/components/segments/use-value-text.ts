import { useState } from 'react';

/**
 * A typed text kept beside the value it stands for: the text is what the user typed (with their
 * spaces and comma), the value follows it; when the value changes from elsewhere (another
 * operator, a reset) the text is written again from it (adjusted while rendering, not in an effect).
 */
export function useValueText<V>(value: V, format: (value: V) => string, parse: (text: string) => V, same: (a: V, b: V) => boolean) {
  const [state, setState] = useState(() => ({ text: format(value), value }));
  let text = state.text;
  if (!same(state.value, value)) {
    text = same(parse(state.text), value) ? state.text : format(value);
    setState({ text, value });
  }
  const setText = (next: string) => setState((current) => ({ ...current, text: next }));
  return [text, setText] as const;
}

/** Numbers compare equal when both are the same number or both unreadable. */
export const sameNumber = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
