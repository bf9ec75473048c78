import type { CombinedError } from '@urql/svelte';
import { type FieldErrors, type FieldTarget, invalidInputProblem, noFieldErrors, toFieldErrors } from './field-errors.ts';
import { type ApiProblem, toProblem } from './graphql/errors.ts';
import type { MessageKey } from './i18n/i18n.ts';

/** What a save came to, so the page can move the focus: to its status, its conflict notice or its error summary. */
export type SaveOutcome = 'saved' | 'conflict' | 'invalid';

export interface VersionedEditOptions<TRecord, TForm> {
  /** The form's state for a loaded or saved record. */
  toForm(record: TRecord): TForm;
  /** Sends the form at the version of `record`, the one the user started from; answers the saved record. */
  update(form: TForm, record: TRecord): Promise<{ error?: CombinedError; record?: TRecord | null }>;
  /** Where the API's field path (`input.title`) is in the form. */
  locate(path: string, form: TForm): FieldTarget | undefined;
  translate(key: MessageKey): string;
  /** The form's own checks, made before anything is sent (none: the API's checks alone). */
  check?(form: TForm): FieldErrors;
}

/**
 * Editing one versioned record (an organisation's profile, an offer, a
 * volunteer opportunity): the user's form, the record's version it started
 * from, and what the last save came to. A save is sent at that version, so a
 * change someone else saved in between comes back as a conflict instead of
 * being overwritten; later refetches never replace the user's input, only
 * `reload()` does.
 */
export class VersionedEdit<TRecord extends { version: number }, TForm> {
  form = $state<TForm | null>(null);
  /** The record as last loaded or saved. */
  record = $state.raw<TRecord | null>(null);
  saving = $state(false);
  saved = $state(false);
  conflict = $state(false);
  problem = $state<ApiProblem | null>(null);
  fieldErrors = $state<FieldErrors>(noFieldErrors);
  #reloadRequested = false;
  readonly #options: VersionedEditOptions<TRecord, TForm>;

  constructor(options: VersionedEditOptions<TRecord, TForm>) {
    this.#options = options;
  }

  /** Takes a loaded record: the first one, or the one `reload()` asked for. */
  load(record: TRecord | null | undefined) {
    if (!record || (this.form && !this.#reloadRequested)) return;
    this.#reloadRequested = false;
    this.#adopt(record);
    this.conflict = false;
  }

  async save(): Promise<SaveOutcome | undefined> {
    const form = this.form;
    const record = this.record;
    if (!form || !record) return undefined;
    this.saved = false;
    this.conflict = false;
    this.problem = null;
    this.fieldErrors = noFieldErrors;
    const local = this.#options.check?.(form);
    if (local && local.summary.length > 0) {
      this.problem = invalidInputProblem;
      this.fieldErrors = local;
      return 'invalid';
    }
    this.saving = true;
    const result = await this.#options.update(form, record);
    this.saving = false;
    if (result.error || !result.record) {
      const problem = result.error ? toProblem(result.error) : invalidInputProblem;
      if (problem.reason === 'VERSION_CONFLICT') {
        this.conflict = true;
        return 'conflict';
      }
      this.problem = problem;
      this.fieldErrors = toFieldErrors(problem, (path) => this.#options.locate(path, form), this.#options.translate);
      return 'invalid';
    }
    this.#adopt(result.record);
    this.saved = true;
    return 'saved';
  }

  /** Discards the user's changes; `refetch` loads the version someone else saved. */
  reload(refetch: () => void) {
    this.#reloadRequested = true;
    this.problem = null;
    this.fieldErrors = noFieldErrors;
    this.saved = false;
    refetch();
  }

  /**
   * Takes what another action on the record changed (confirming it, archiving
   * it). Its new version is adopted only if nobody else saved in between, so a
   * concurrent change still surfaces as a conflict on the next save.
   */
  merge(changed: Partial<TRecord> & { version: number }) {
    const before = this.record;
    if (!before) return;
    const version = changed.version === before.version + 1 ? changed.version : before.version;
    this.record = { ...before, ...changed, version };
  }

  #adopt(record: TRecord) {
    this.record = record;
    this.form = this.#options.toForm(record);
  }
}
