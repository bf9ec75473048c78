import { CombinedError } from '@urql/svelte';
import { describe, expect, it, vi } from 'vitest';
import { collectFieldErrors } from './field-errors.ts';
import { VersionedEdit, type VersionedEditOptions } from './versioned-edit.svelte.ts';

interface Item {
  id: string;
  version: number;
  title: string;
  isStale?: boolean;
}

const failure = (extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [{ message: 'refused', extensions }] });

function editor(options: Partial<VersionedEditOptions<Item, { title: string }>> = {}) {
  const update = vi.fn<VersionedEditOptions<Item, { title: string }>['update']>(async (form, record) => ({
    record: { ...record, title: form.title, version: record.version + 1 },
  }));
  const edit = new VersionedEdit<Item, { title: string }>({
    toForm: (item) => ({ title: item.title }),
    update,
    locate: (path) => (path === 'input.title' ? { target: 'title', label: 'Titel' } : undefined),
    translate: (key) => `«${key}»`,
    ...options,
  });
  return { edit, update };
}

describe('VersionedEdit', () => {
  it('starts from the first loaded record and keeps the user’s input when the record is loaded again', () => {
    const { edit } = editor();
    edit.load({ id: 'a', version: 3, title: 'Sprachcafé' });
    expect(edit.form).toEqual({ title: 'Sprachcafé' });
    edit.form = { title: 'Sprachcafé am Markt' };
    edit.load({ id: 'a', version: 4, title: 'Changed elsewhere' });
    expect(edit.form).toEqual({ title: 'Sprachcafé am Markt' });
    expect(edit.record?.version).toBe(3);
  });

  it('saves at the version the user started from and then edits the saved one', async () => {
    const { edit, update } = editor();
    edit.load({ id: 'a', version: 3, title: 'Sprachcafé' });
    edit.form = { title: 'Sprachcafé am Markt' };
    expect(await edit.save()).toBe('saved');
    expect(update).toHaveBeenCalledWith({ title: 'Sprachcafé am Markt' }, expect.objectContaining({ version: 3 }));
    expect(edit.record).toMatchObject({ version: 4, title: 'Sprachcafé am Markt' });
    expect(edit.saved).toBe(true);
    expect(edit.saving).toBe(false);
  });

  it('reports a concurrent change as a conflict, keeps the input, and takes the other version only on reload', async () => {
    const { edit } = editor({ update: async () => ({ error: failure({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' }) }) });
    edit.load({ id: 'a', version: 3, title: 'Sprachcafé' });
    edit.form = { title: 'Mine' };
    expect(await edit.save()).toBe('conflict');
    expect(edit.conflict).toBe(true);
    expect(edit.saved).toBe(false);
    expect(edit.form).toEqual({ title: 'Mine' });
    const refetch = vi.fn();
    edit.reload(refetch);
    expect(refetch).toHaveBeenCalledOnce();
    edit.load({ id: 'a', version: 4, title: 'Theirs' });
    expect(edit.form).toEqual({ title: 'Theirs' });
    expect(edit.record?.version).toBe(4);
    expect(edit.conflict).toBe(false);
  });

  it('puts the API’s field errors beside their fields, translated', async () => {
    const { edit } = editor({
      update: async () => ({ error: failure({ code: 'BAD_USER_INPUT', field: 'input.title', reason: 'ALREADY_EXISTS' }) }),
    });
    edit.load({ id: 'a', version: 1, title: 'x' });
    expect(await edit.save()).toBe('invalid');
    expect(edit.problem?.code).toBe('BAD_USER_INPUT');
    expect(edit.fieldErrors.byTarget).toEqual({ title: '«errors.field.ALREADY_EXISTS»' });
    expect(edit.fieldErrors.summary).toEqual([{ target: 'title', label: 'Titel', message: '«errors.field.ALREADY_EXISTS»' }]);
  });

  it('sends nothing when the form’s own checks fail', async () => {
    const { edit, update } = editor({
      check: (form) => {
        const local = collectFieldErrors();
        if (form.title.length < 3) local.add('title', 'Titel', 'zu kurz');
        return local.errors;
      },
    });
    edit.load({ id: 'a', version: 1, title: 'ok title' });
    edit.form = { title: 'x' };
    expect(await edit.save()).toBe('invalid');
    expect(update).not.toHaveBeenCalled();
    expect(edit.fieldErrors.byTarget).toEqual({ title: 'zu kurz' });
  });

  it('takes the version of a confirmation only when nobody saved in between', () => {
    const { edit } = editor();
    edit.load({ id: 'a', version: 3, title: 'Sprachcafé', isStale: true });
    edit.merge({ version: 4, isStale: false });
    expect(edit.record).toMatchObject({ version: 4, isStale: false, title: 'Sprachcafé' });
    // Someone else saved version 5 meanwhile: the confirmation answers 6, the next save must still conflict.
    edit.merge({ version: 6, isStale: false });
    expect(edit.record?.version).toBe(4);
  });
});
