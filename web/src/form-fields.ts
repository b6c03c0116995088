import { html, nothing, type TemplateResult } from 'lit-html';

/**
 * Form controls beyond the plain input of ui.ts (textarea, select, checkbox group), each labelled
 * and with its hint and error tied to it, plus the conversions work forms need.
 */

let seq = 0;
const nextId = (name: string) => `c-${name.replace(/\W/g, '-')}-${++seq}`;

interface Common {
  label: string;
  name: string;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
}

function wrap(o: Common, id: string, control: (described: string | typeof nothing) => TemplateResult): TemplateResult {
  const described = [o.hint ? `${id}-hint` : '', o.error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'invalid' : ''}">
    <label for=${id}>${o.label}${o.required ? html`<span class="req" aria-hidden="true">*</span>` : nothing}</label>
    ${control(described || nothing)}
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id=${`${id}-err`}>${o.error}</p>` : nothing}
  </div>`;
}

export function textArea(o: Common & { value?: string; rows?: number; maxlength?: number }): TemplateResult {
  const id = nextId(o.name);
  return wrap(o, id, (described) => html`<textarea
      id=${id}
      name=${o.name}
      rows=${o.rows ?? 4}
      maxlength=${o.maxlength ?? nothing}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${described}
      .value=${o.value ?? ''}
    ></textarea>`);
}

export function selectField(
  o: Common & { value?: string | null; options: [value: string, text: string][]; empty?: string; onChange?: (e: Event) => void },
): TemplateResult {
  const id = nextId(o.name);
  return wrap(o, id, (described) => html`<select
      id=${id}
      name=${o.name}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${described}
      @change=${o.onChange ?? nothing}
    >
      ${o.empty !== undefined ? html`<option value="" ?selected=${!o.value}>${o.empty}</option>` : nothing}
      ${o.options.map(([value, text]) => html`<option value=${value} ?selected=${value === o.value}>${text}</option>`)}
    </select>`);
}

/** A group of checkboxes sharing one name (FormData.getAll gives the chosen values). */
export function checkboxGroup(o: Common & { options: [value: string, text: string][]; chosen: string[] }): TemplateResult {
  const id = nextId(o.name);
  return html`<fieldset class="field ${o.error ? 'invalid' : ''}" aria-describedby=${o.error ? `${id}-err` : nothing}>
    <legend>${o.label}${o.required ? html`<span class="req" aria-hidden="true">*</span>` : nothing}</legend>
    ${o.options.map(
      ([value, text]) =>
        html`<label class="check"><input type="checkbox" name=${o.name} value=${value} .checked=${o.chosen.includes(value)} /> ${text}</label>`,
    )}
    ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id=${`${id}-err`}>${o.error}</p>` : nothing}
  </fieldset>`;
}

export function checkbox(o: { label: string; name: string; checked: boolean; hint?: string }): TemplateResult {
  return html`<label class="check"><input type="checkbox" name=${o.name} value="1" .checked=${o.checked} /> ${o.label}</label>
    ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing}`;
}

/** An ISO instant as the value of a datetime-local input, in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** A datetime-local value read as Asia/Shanghai time, to ISO 8601 with offset; null when empty or malformed. */
export function fromShanghaiLocal(value: string | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  return `${value}:00+08:00`;
}

/** Fen as the yuan a person types ("80" or "80.5"). */
export function fenToYuan(fen: number | null | undefined): string {
  if (fen == null) return '';
  const yuan = Math.trunc(fen / 100);
  const rest = fen % 100;
  return rest ? `${yuan}.${String(rest).padStart(2, '0')}` : String(yuan);
}

/** An optional whole number typed by a person: null when empty, NaN (sent, so the API explains) when not a number. */
export function optionalInt(text: string | undefined): number | null {
  if (!text) return null;
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** Several words typed in one box, separated by commas, 、 or new lines. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
