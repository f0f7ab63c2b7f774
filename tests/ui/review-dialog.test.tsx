// The review dialog: findings listed with the fix first, reasons required where the admin says so,
// locked rules cannot be posted past, keyboard only (Esc = edit, Tab trapped), axe-clean; and the
// page's round trip to the background through fakeBrowser.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OVERRIDE_REASONS, type ReviewData, type ReviewFinding } from '../../src/compose/protocol';
import { ReviewApp } from '../../src/ui/review/ReviewApp';
import { createReviewClient } from '../../src/ui/review/review-client';
import { ReviewDialog } from '../../src/ui/review/ReviewDialog';
import { expectNoAxeViolations } from './helpers';

function finding(over: Partial<ReviewFinding>): ReviewFinding {
  return {
    key: 'k',
    rule: 'pupil-full-name',
    ruleTitle: "Pupil's full name",
    severity: 'block',
    field: 'text',
    before: 'What a day! ',
    flagged: 'Amelia Thornbury',
    after: ' won the spelling bee.',
    message: 'This is a pupil’s full name. Use their first name only.',
    fix: { label: 'Use “Amelia” only', replacement: 'Amelia' },
    citations: [
      { school: 'South End Junior School', section: 'Staff posting', quote: 'only use first name' },
    ],
    overrideAllowed: true,
    reasonRequired: true,
    dismissed: false,
    ...over,
  };
}

const timing = finding({
  key: 't',
  rule: 'event-timing',
  ruleTitle: 'Exact time of an event',
  severity: 'warn',
  flagged: 'at 2.30pm',
  message: 'This gives the exact time pupils will be at an event (2.30pm).',
  fix: { label: 'Say “in the afternoon” instead', replacement: 'in the afternoon' },
  reasonRequired: false,
});

function data(findings: ReviewFinding[]): ReviewData {
  return { sessionId: 's1', site: 'facebook', findings, reasons: OVERRIDE_REASONS, notice: '' };
}

function renderDialog(findings: ReviewFinding[]) {
  const onAction = vi.fn();
  const view = render(<ReviewDialog data={data(findings)} busy={false} error="" onAction={onAction} />);
  return { ...view, onAction };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('review dialog', () => {
  it('is a labelled modal dialog listing each finding with its policy clause, fix first', async () => {
    const { container } = renderDialog([finding({}), timing]);
    const dialog = screen.getByRole('dialog', { name: 'Check this post before it goes out' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      "Pupil's full name",
      'Exact time of an event',
    ]);
    expect(within(items[0]!).getAllByRole('button')[0]!.textContent).toBe('Use “Amelia” only');
    expect(items[0]!.textContent).toContain('“only use first name”');
    expect(items[0]!.textContent).toContain('South End Junior School');
    expect(document.activeElement?.textContent).toBe('Use “Amelia” only');
    await expectNoAxeViolations(container);
  });

  it('sends the fix, "not a problem", and "apply fixes and post"', () => {
    const { onAction } = renderDialog([finding({}), timing]);
    fireEvent.click(screen.getByRole('button', { name: 'Use “Amelia” only' }));
    expect(onAction).toHaveBeenLastCalledWith({ kind: 'fix', keys: ['k'], thenPost: false });
    fireEvent.click(screen.getAllByRole('button', { name: 'This is not a problem' })[1]!);
    expect(onAction).toHaveBeenLastCalledWith({ kind: 'not-a-problem', key: 't', note: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Apply fixes and post' }));
    expect(onAction).toHaveBeenLastCalledWith({ kind: 'fix', keys: ['k', 't'], thenPost: true });
  });

  it('requires a reason to post anyway when a rule asks for one', async () => {
    const { onAction, container } = renderDialog([finding({}), timing]);
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway…' }));
    expect(screen.getByRole('group', { name: /Why are you posting anyway\? \(required/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a reason for posting anyway.');
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: 'Other' }));
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(screen.getByRole('alert').textContent).toBe('Say why in a few words.');
    fireEvent.input(screen.getByRole('textbox', { name: 'Tell us more (required)' }), {
      target: { value: 'Mum asked us to' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'post-anyway', reason: 'Other', note: 'Mum asked us to' });
    await expectNoAxeViolations(container);
  });

  it('lets warnings through without a reason', () => {
    const { onAction } = renderDialog([timing]);
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway…' }));
    expect(screen.getByRole('group', { name: 'Why are you posting anyway? (optional)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'post-anyway', reason: '', note: '' });
  });

  it('cannot post past a locked block rule', () => {
    renderDialog([finding({ overrideAllowed: false, fix: undefined }), timing]);
    const postAnyway = screen.getByRole('button', { name: 'Post anyway…' }) as HTMLButtonElement;
    expect(postAnyway.disabled).toBe(true);
    expect(screen.getByText(/does not allow posting past “Pupil's full name”/)).toBeTruthy();
  });

  it('offers "Post now" once everything is dismissed or fixed', () => {
    const { onAction } = renderDialog([finding({ dismissed: true })]);
    expect(screen.getByText('You reported this as not a problem.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Post now' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'post' });
  });

  it('Esc means edit the post', () => {
    const { onAction } = renderDialog([finding({})]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onAction).toHaveBeenCalledWith({ kind: 'edit' });
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    renderDialog([finding({})]);
    const buttons = within(screen.getByRole('dialog')).getAllByRole('button');
    const first = buttons[0]!;
    const last = buttons.at(-1)!;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });
});

describe('review page and background', () => {
  it('loads the session by id and sends choices back', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation((async (message: { type: string }) =>
        message.type === 'review-get'
          ? { ok: true, data: data([timing]) }
          : { ok: true, data: null }) as never);
    render(<ReviewApp client={createReviewClient('s1')} />);
    await screen.findByRole('dialog');
    expect(send).toHaveBeenCalledWith({ type: 'review-get', sessionId: 's1' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit post' }));
    await waitFor(() => expect(screen.getByText('Done.')).toBeTruthy());
    expect(send).toHaveBeenLastCalledWith({
      type: 'review-action',
      sessionId: 's1',
      action: { kind: 'edit' },
    });
  });

  it('when the session is gone, says so and lets the user go back to the post', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({
      ok: false,
      error: 'This check has ended. Close this and press Post again.',
      data: null,
    })) as never);
    render(<ReviewApp client={createReviewClient('gone')} />);
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the post' }));
    expect(send).toHaveBeenLastCalledWith({ type: 'review-abandon', sessionId: 'gone' });
  });
});
