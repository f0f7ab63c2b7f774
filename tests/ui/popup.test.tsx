import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLock } from '../../src/settings/lock';
import { PAUSED_UNTIL_KEY, readPausedUntil } from '../../src/settings/pause';
import { defaultSettings } from '../../src/settings/schema';
import { saveSettings } from '../../src/settings/storage';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import type { TabStatus } from '../../src/ui/popup/tab-status';
import { expectNoAxeViolations } from './helpers';

function backgroundAnswers(answer: TabStatus | Error) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => Promise.resolve([{ id: 7 }])) as never);
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async () => (answer instanceof Error ? Promise.reject(answer) : answer));
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('shows that this tab is checked and counts findings by rule, without names', async () => {
    const send = backgroundAnswers({
      state: 'checking',
      findingsByRule: { 'pupil-full-name': 2, 'event-timing': 1, confidential: 0 },
    });
    const { container } = render(<PopupApp />);
    await screen.findByRole('heading', { name: 'Checking this page' });
    expect(send).toHaveBeenCalledWith({ type: 'get-tab-status', tabId: 7 });
    const list = screen.getByRole('list', { name: '3 things to check' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["Pupil's full name 2", 'Exact time of an event 1']);
    await expectNoAxeViolations(container);
  });

  it.each([
    ['not-checking', 'Not checking this post box'],
    ['unsupported', 'Not a supported site'],
  ] as const)('says plainly when the tab is %s', async (state, heading) => {
    backgroundAnswers({ state, findingsByRule: {} });
    render(<PopupApp />);
    await screen.findByRole('heading', { name: heading });
  });

  it('never claims to be checking when the background does not answer', async () => {
    backgroundAnswers(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<PopupApp />);
    await screen.findByRole('heading', { name: 'Cannot tell whether this page is checked' });
    expect(screen.getByText(/Treat posts on this page as not checked/)).toBeTruthy();
  });

  it('pauses for an hour and resumes', async () => {
    backgroundAnswers({ state: 'checking', findingsByRule: {} });
    render(<PopupApp />);
    const before = Date.now();
    fireEvent.click(await screen.findByRole('button', { name: 'Pause checking for an hour' }));
    const heading = await screen.findByRole('heading', { name: /^Paused until \d\d:\d\d$/ });
    const until = (await readPausedUntil())!;
    expect(until - before).toBeGreaterThanOrEqual(60 * 60 * 1000);
    expect(until - before).toBeLessThan(60 * 60 * 1000 + 5000);
    expect(heading).toBeTruthy();
    await expectNoAxeViolations(document.body);
    fireEvent.click(screen.getByRole('button', { name: 'Resume checking now' }));
    await screen.findByRole('heading', { name: 'Checking this page' });
    expect((await fakeBrowser.storage.local.get(PAUSED_UNTIL_KEY))[PAUSED_UNTIL_KEY]).toBeUndefined();
  });

  it('asks for the admin PIN before pausing when the settings are locked', async () => {
    await saveSettings({ ...defaultSettings(), lock: await createLock('4721', 100_000) });
    backgroundAnswers({ state: 'checking', findingsByRule: {} });
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause checking for an hour' }));
    const pin = await screen.findByLabelText('Admin PIN');
    fireEvent.input(pin, { target: { value: '9999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    await screen.findByText('That PIN is not right. Try again.');
    expect(await readPausedUntil()).toBeNull();
    await expectNoAxeViolations(document.body);
    fireEvent.input(pin, { target: { value: '4721' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    await screen.findByRole('heading', { name: /^Paused until/ });
    expect(await readPausedUntil()).not.toBeNull();
  });

  it('opens the settings page', async () => {
    backgroundAnswers({ state: 'unsupported', findingsByRule: {} });
    const runtime = fakeBrowser.runtime as unknown as { openOptionsPage(): Promise<void> };
    const open = vi.spyOn(runtime, 'openOptionsPage').mockResolvedValue();
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open settings' }));
    expect(open).toHaveBeenCalled();
  });
});
