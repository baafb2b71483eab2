/**
 * Reading iCalendar text into components: unfolding, content lines (name, parameters, value)
 * with the line number each starts on, and the BEGIN/END tree. Tolerant: a line that cannot
 * be read is noted on its component and skipped, an END without its BEGIN is noted, and a
 * component the file stops inside is kept, marked unterminated — the caller decides.
 */

export type ContentLine = {
  /** Upper case: 'DTSTART'. */
  name: string;
  /** Parameter names upper case; values unquoted, RFC 6868 ^-escapes decoded. */
  params: ReadonlyMap<string, string[]>;
  value: string;
  /** 1-based line in the file where this content line starts. */
  line: number;
};

export type Component = {
  /** Upper case: 'VEVENT'. */
  name: string;
  line: number;
  properties: ContentLine[];
  components: Component[];
  /** The file ended inside this component. */
  unterminated: boolean;
  /** Lines inside it that could not be read. */
  malformedLines: number[];
};

const NAME = /^[A-Za-z0-9-]+/;
/** Most lines have no parameters: they share one empty map. */
const NO_PARAMS: ReadonlyMap<string, string[]> = new Map();
const PARAM_NAME = /[A-Za-z0-9-]+/y;

function decodeCaret(value: string): string {
  return value.replace(/\^(n|N|\^|')/g, (_whole, character: string) => (character === "'" ? '"' : character === '^' ? '^' : '\n'));
}

/** One unfolded line to its parts, or null when it is not a content line. */
export function parseContentLine(text: string, line: number): ContentLine | null {
  const nameMatch = NAME.exec(text);
  if (!nameMatch) return null;
  const name = nameMatch[0].toUpperCase();
  let params: Map<string, string[]> | null = null;
  let i = name.length;
  while (text[i] === ';') {
    params ??= new Map<string, string[]>();
    PARAM_NAME.lastIndex = i + 1;
    const paramMatch = PARAM_NAME.exec(text);
    if (!paramMatch || text[i + 1 + paramMatch[0].length] !== '=') return null;
    const paramName = paramMatch[0].toUpperCase();
    i += 1 + paramMatch[0].length + 1;
    const values: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        values.push(decodeCaret(text.slice(i + 1, close)));
        i = close + 1;
      } else {
        let end = i;
        while (end < text.length && text[end] !== ';' && text[end] !== ':' && text[end] !== ',') end++;
        values.push(decodeCaret(text.slice(i, end)));
        i = end;
      }
      if (text[i] !== ',') break;
      i++;
    }
    params.set(paramName, [...(params.get(paramName) ?? []), ...values]);
  }
  if (text[i] !== ':') return null;
  return { name, params: params ?? NO_PARAMS, value: text.slice(i + 1), line };
}

/** Unfolded lines with their starting line numbers (CRLF, LF or CR endings; blank lines dropped). */
export function unfold(text: string): Array<{ text: string; line: number }> {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: Array<{ text: string; line: number }> = [];
  for (let index = 0; index < physical.length; index++) {
    const raw = physical[index] ?? '';
    const last = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else if (raw.trim() !== '') lines.push({ text: raw, line: index + 1 });
  }
  return lines;
}

const newComponent = (name: string, line: number): Component => ({ name, line, properties: [], components: [], unterminated: false, malformedLines: [] });

/** The file's top-level components (normally one VCALENDAR), and the stray lines outside any. */
export function readComponents(text: string): { components: Component[]; strayLines: number[] } {
  const root = newComponent('', 0);
  const stack: Component[] = [root];
  const strayLines: number[] = [];
  for (const { text: lineText, line } of unfold(text)) {
    const current = stack[stack.length - 1] ?? root;
    const content = parseContentLine(lineText, line);
    if (!content) {
      (current === root ? strayLines : current.malformedLines).push(line);
      continue;
    }
    if (content.name === 'BEGIN') {
      const component = newComponent(content.value.trim().toUpperCase(), line);
      current.components.push(component);
      stack.push(component);
    } else if (content.name === 'END') {
      const name = content.value.trim().toUpperCase();
      const depth = stack.map((component) => component.name).lastIndexOf(name);
      if (depth <= 0) {
        (current === root ? strayLines : current.malformedLines).push(line);
        continue;
      }
      // Components left open inside the one ending are unterminated.
      for (const open of stack.splice(depth + 1)) open.unterminated = true;
      stack.pop();
    } else if (current === root) strayLines.push(line);
    else current.properties.push(content);
  }
  for (const open of stack.slice(1)) open.unterminated = true;
  return { components: root.components, strayLines };
}

/** The first property of that name, or undefined. */
export const property = (component: Component, name: string) => component.properties.find((content) => content.name === name);
/** Every property of that name. */
export const properties = (component: Component, name: string) => component.properties.filter((content) => content.name === name);
/** A parameter's first value, or undefined. */
export const param = (content: ContentLine, name: string) => content.params.get(name)?.[0];
