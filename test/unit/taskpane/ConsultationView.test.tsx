/** @jest-environment jsdom */
/**
 * The Consultation view in its states, on the fake Word holding the multi-partner report: the
 * real use cases run through the real Word host; stubs stand in only to fail or to hold a read.
 */
import '../../support/jsdom-browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportError } from '../../../src/core/errors';
import type { ReportHost } from '../../../src/core/report/host';
import { App } from '../../../src/taskpane/App';
import { GENERIC_PROBLEM } from '../../../src/taskpane/describe-problem';
import { ReportHostContext } from '../../../src/taskpane/report-host-context';
import type { ConsultationActions } from '../../../src/taskpane/views/consultation/consultation-actions';
import ConsultationView from '../../../src/taskpane/views/consultation/ConsultationView';
import { WordReportHost } from '../../../src/word/word-host';
import {
  fakeDocumentFromDocx,
  installFakeWord,
  WORD_ON_THE_WEB,
  type InstalledFakeWord,
  type WordProfile,
} from '../../support/fake-word';
import { currentWordProfile, inEachWordProfile } from '../../support/word-profile-suite';
import { makeDocx } from '../docx/make-docx';

const FIXTURE = join(__dirname, '../../fixtures/consultation/multi-partner.docx');

let installed: InstalledFakeWord | null = null;
afterEach(() => {
  installed?.uninstall();
  installed = null;
});

function openInFakeWord(
  bytes: Uint8Array = new Uint8Array(readFileSync(FIXTURE)),
  profile: WordProfile = currentWordProfile(),
): InstalledFakeWord {
  installed = installFakeWord(fakeDocumentFromDocx(bytes, 'report.docx'), { wordApi: '1.6', profile });
  return installed;
}

function renderView(
  element = <ConsultationView />,
  host: ReportHost | null = new WordReportHost('report.docx'),
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ReportHostContext.Provider value={host ? () => Promise.resolve(host) : null}>
        {element}
      </ReportHostContext.Provider>
    </FluentProvider>,
  );
}

const items = () => within(screen.getByRole('list', { name: 'Comments' })).getAllByRole('listitem');
const itemBy = (author: RegExp) =>
  items().find((item) => author.test(within(item).getByRole('heading').textContent ?? ''))!;

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe('the Consultation view', () => {
    it('a summary Word writes without a table row (office-js #6752): inserted, with a warning saying what to do', async () => {
      const user = userEvent.setup();
      openInFakeWord().fake.behaviours.ooxmlDropsTableRow = true;
      renderView();
      await screen.findByTestId('summary-sentence');
      await user.click(screen.getByRole('button', { name: 'Insert or refresh the summary' }));
      const bar = await screen.findByText(
        /^The consultation summary is inserted at the end of the Consultation Results section, but Word did not write it exactly as sent/,
        { selector: '.fui-MessageBarBody' },
        { timeout: 10000 },
      );
      expect(bar.closest('[data-intent]')?.getAttribute('data-intent')).toBe('warning');
      expect(
        installed!.fake.document.contentControls.filter((c) => c.tag === 'cr:live:consultation-summary'),
      ).toHaveLength(1);
    });

    it('shows the summary, the counts and every comment Word reports', async () => {
      openInFakeWord();
      renderView();
      expect(screen.getByText('Reading the comments…')).toBeTruthy();
      const sentence = await screen.findByTestId('summary-sentence');
      expect(sentence.textContent).toBe(
        '12 comments from 7 partners and 1 from other consultees; 2 closed without a recorded decision; 11 still open.',
      );
      expect(screen.getByRole('table', { name: 'Comments by section' })).toBeTruthy();
      const byPartner = screen.getByRole('table', { name: 'Comments by partner' });
      expect(
        within(byPartner).getByRole('rowheader', { name: 'Kent Police' }).closest('tr')?.textContent,
      ).toBe(
        // Partner, open, received, decided: open first; 1 of the 3 was closed without a decision.
        'Kent Police231 closed without a decision',
      );
      expect(items()).toHaveLength(13);
      expect(within(itemBy(/KSS CRC/)).getByText(/Crime and Disorder/)).toBeTruthy();
    });

    it('has no accessibility violations axe can find without layout, with a response form open', async () => {
      openInFakeWord();
      const { container } = renderView();
      await screen.findByTestId('summary-sentence');
      await userEvent.click(within(itemBy(/^NPS Kent/)).getByRole('button', { name: 'Respond' }));
      const results = await axe.run(container, {
        // jsdom has no layout or colours: contrast is checked in the browser tests.
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      expect(results.passes.map((p) => p.id)).toEqual(
        expect.arrayContaining(['label', 'th-has-data-cells', 'button-name']),
      );
    });

    it('filters by partner, status and late', async () => {
      openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      await userEvent.click(screen.getByRole('combobox', { name: 'Partner' }));
      await userEvent.click(screen.getByRole('option', { name: 'Kent Police' }));
      expect(items().map((i) => i.querySelector('h4')?.textContent)).toEqual([
        'Jo Bloggs · Kent Police',
        'Jo Bloggs · Kent Police',
        'Kent Police Analyst · Kent Police',
      ]);
      await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
      await userEvent.click(screen.getByRole('option', { name: 'Needs a response' }));
      expect(items()).toHaveLength(2);
      await userEvent.click(screen.getByRole('checkbox', { name: 'Late comments only' }));
      expect(screen.getByText('No comment matches these filters.')).toBeTruthy();
    });

    it('goes to a comment’s paragraph in Word', async () => {
      const { fake } = openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      await userEvent.click(within(itemBy(/^OPCC/)).getByRole('button', { name: 'Go to text' }));
      await waitFor(() => expect(fake.document.selection).toBeTruthy());
      const paragraph = fake.document.paragraphs[fake.document.selection!.start.paragraph]!;
      expect(paragraph.text).toMatch(/The risks of the preferred option/);
    });

    it('records a response as a reply, resolves the thread, and shows it', async () => {
      const user = userEvent.setup();
      const { fake } = openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      const item = itemBy(/^NPS Kent/);
      await user.click(within(item).getByRole('button', { name: 'Respond' }));
      await user.click(within(item).getByRole('radio', { name: 'Partly accepted' }));
      await user.type(
        within(item).getByRole('textbox', { name: 'Response to the partner' }),
        'Option 2 <reworded>.',
      );
      const syncs = fake.syncCount;
      await user.click(within(item).getByRole('button', { name: 'Save response' }));
      // Word on the web refuses the reply (office-js #6720): the officer gets its text instead.
      const refused = currentWordProfile().behaviours.commentReplyFails;
      expect(
        await screen.findByText(
          refused
            ? /^Response recorded for NPS Kent, but Word did not post the reply/
            : 'Response recorded for NPS Kent.',
        ),
      ).toBeTruthy();
      // Two syncs to write (two more to finish after a refused reply), two to read the report again.
      expect(fake.syncCount - syncs).toBe(refused ? 6 : 4);
      const comment = fake.document.comments.find((c) => c.authorName === 'NPS Kent')!;
      expect(comment.resolved).toBe(true);
      expect(comment.replies.at(-1)?.content).toBe(
        refused ? undefined : 'Partly accepted. Option 2 <reworded>.',
      );
      const after = itemBy(/^NPS Kent/);
      expect(within(after).getByText('Partly accepted')).toBeTruthy();
      if (!refused) {
        // The response was posted as a reply: shown once, as the reply, not again as "Response: …".
        expect(within(after).getByText(/↳ .*: Partly accepted\. Option 2 <reworded>\./)).toBeTruthy();
        expect(within(after).queryByText(/^Response:/)).toBeNull();
      }
    });

    it('decides nothing for the officer: no disposition chosen, Save refused with a message at the choice', async () => {
      const user = userEvent.setup();
      const { fake } = openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      const item = itemBy(/^NPS Kent/);
      await user.click(within(item).getByRole('button', { name: 'Respond' }));
      const group = within(item).getByRole('radiogroup', { name: /Disposition/ });
      expect(group.getAttribute('aria-required')).toBe('true');
      for (const radio of within(group).getAllByRole('radio'))
        expect((radio as HTMLInputElement).checked).toBe(false);
      const reply = within(item).getByRole('checkbox', {
        name: 'Post the response as a reply in the comment',
      });
      const resolve = within(item).getByRole('checkbox', { name: 'Mark the comment resolved' });
      expect((reply as HTMLInputElement).checked).toBe(false);
      expect((resolve as HTMLInputElement).checked).toBe(false);
      const syncs = fake.syncCount;
      await user.click(within(item).getByRole('button', { name: 'Save response' }));
      expect(within(item).getByText(/^Choose a disposition before saving/)).toBeTruthy();
      expect(group.getAttribute('aria-invalid')).toBe('true');
      expect(group.contains(document.activeElement)).toBe(true);
      // Nothing was written: no decision, no reply, not resolved.
      expect(fake.syncCount).toBe(syncs);
      const comment = fake.document.comments.find((c) => c.authorName === 'NPS Kent')!;
      expect(comment.resolved).toBe(false);
      expect(comment.replies).toEqual([]);
      expect(screen.queryByText(/^Response recorded/)).toBeNull();
      // Choosing one (Space on the focused radio, the first: "Open") clears the message. "Open"
      // records no decision, so it neither replies nor resolves.
      await user.keyboard(' ');
      expect((within(group).getByRole('radio', { name: 'Open' }) as HTMLInputElement).checked).toBe(true);
      expect(within(item).queryByText(/^Choose a disposition before saving/)).toBeNull();
      expect(group.getAttribute('aria-invalid')).not.toBe('true');
      expect((reply as HTMLInputElement).checked).toBe(false);
      expect((resolve as HTMLInputElement).checked).toBe(false);
      // A decision brings the usual follow-up: reply and resolve.
      await user.click(within(item).getByRole('radio', { name: 'Accepted' }));
      expect((reply as HTMLInputElement).checked).toBe(true);
      expect((resolve as HTMLInputElement).checked).toBe(true);
    });

    it('keeps a follow-up box the officer set when they then choose a disposition', async () => {
      const user = userEvent.setup();
      openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      const item = itemBy(/^NPS Kent/);
      await user.click(within(item).getByRole('button', { name: 'Respond' }));
      const resolve = within(item).getByRole('checkbox', { name: 'Mark the comment resolved' });
      await user.click(resolve);
      await user.click(resolve);
      await user.click(within(item).getByRole('radio', { name: 'Accepted' }));
      expect((resolve as HTMLInputElement).checked).toBe(false);
      expect(
        (
          within(item).getByRole('checkbox', {
            name: 'Post the response as a reply in the comment',
          }) as HTMLInputElement
        ).checked,
      ).toBe(true);
    });

    it('shows a response kept without a reply once, as the response', async () => {
      const user = userEvent.setup();
      const { fake } = openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      const item = itemBy(/^NPS Kent/);
      await user.click(within(item).getByRole('button', { name: 'Respond' }));
      await user.click(within(item).getByRole('radio', { name: 'Noted' }));
      await user.click(
        within(item).getByRole('checkbox', { name: 'Post the response as a reply in the comment' }),
      );
      await user.type(
        within(item).getByRole('textbox', { name: 'Response to the partner' }),
        'For next year.',
      );
      await user.click(within(item).getByRole('button', { name: 'Save response' }));
      expect(await screen.findByText('Response recorded for NPS Kent.')).toBeTruthy();
      expect(fake.document.comments.find((c) => c.authorName === 'NPS Kent')?.replies ?? []).toEqual([]);
      expect(within(itemBy(/^NPS Kent/)).getAllByText(/For next year\./)).toHaveLength(1);
      expect(within(itemBy(/^NPS Kent/)).getByText('Response: For next year.')).toBeTruthy();
    });

    it('resolves a comment and assigns an unknown author to a partner', async () => {
      const user = userEvent.setup();
      const { fake } = openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      await user.click(within(itemBy(/^OPCC/)).getByRole('button', { name: 'Resolve' }));
      expect(await screen.findByText('The comment is marked resolved.')).toBeTruthy();
      expect(fake.document.comments.find((c) => c.authorName === 'OPCC')?.resolved).toBe(true);

      await user.click(within(itemBy(/^Golding Homes/)).getByRole('combobox'));
      await user.click(screen.getByRole('option', { name: 'Maidstone Borough Council' }));
      expect(
        await screen.findByText('Golding Homes is now assigned to Maidstone Borough Council.'),
      ).toBeTruthy();
      expect(itemBy(/^Golding Homes/).querySelector('h4')?.textContent).toBe(
        'Golding Homes · Maidstone Borough Council',
      );
      expect(screen.getByTestId('summary-sentence').textContent).toMatch(/^13 comments from 7 partners;/);
    });

    it('edits the partner directory and the closing date, kept in the report', async () => {
      const user = userEvent.setup();
      const { fake } = openInFakeWord();
      renderView();
      await screen.findByTestId('summary-sentence');
      await user.click(screen.getByRole('button', { name: 'Consultation window' }));
      const date = screen.getByLabelText('Comments close on');
      await user.type(date, '2018-01-19');
      await user.click(screen.getByRole('button', { name: 'Save the closing date' }));
      expect(await screen.findByText('The consultation closes on 2018-01-19.')).toBeTruthy();
      expect(within(itemBy(/^OPCC/)).getByText('Late')).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Partner directory' }));
      await user.click(screen.getByRole('button', { name: 'Add an organisation' }));
      const names = screen.getAllByRole('textbox', { name: 'Name' });
      await user.type(names.at(-1)!, 'Golding Homes');
      await user.type(
        screen.getAllByRole('textbox', { name: 'Short names (comma-separated)' }).at(-1)!,
        'Golding Homes',
      );
      await user.click(screen.getByRole('button', { name: 'Save the directory' }));
      expect(await screen.findByText('The partner directory is saved in the report.')).toBeTruthy();
      // Matched to the new partner of the same name, so named once ("Golding Homes · Unassigned" before).
      expect(itemBy(/^Golding Homes/).querySelector('h4')?.textContent).toBe('Golding Homes');
      const part = fake.document.customXmlParts.find((p) => p.namespaceUri === 'urn:council-report:v1');
      expect(part?.xml).toContain('name="Golding Homes"');
      expect(part?.xml).toContain('closes="2018-01-19"');
    });

    it('shows hostile and huge comment text as text', async () => {
      const evil = `<img src=x onerror="window.pwned=1">${'y'.repeat(100_000)}`;
      const body =
        '<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Anchor</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>';
      const escaped = evil.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
      openInFakeWord(
        makeDocx({
          body,
          comments: `<w:comment w:id="1" w:author="&lt;script&gt;alert(1)&lt;/script&gt;"><w:p><w:r><w:t>${escaped}</w:t></w:r></w:p></w:comment>`,
        }),
      );
      const { container } = renderView();
      await screen.findByTestId('summary-sentence');
      expect(container.querySelector('img, script')).toBeNull();
      expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
      const item = items()[0]!;
      expect(item.querySelector('h4')?.textContent).toBe('<script>alert(1)</script> · Unassigned');
      expect(
        within(item).getByText(/^<img src=x onerror="window\.pwned=1">y+… \(100,036 characters\)$/),
      ).toBeTruthy();
    });

    it("says what went wrong when the report cannot be read (never a programmer's message), and tries again", async () => {
      let fail = true;
      const read = jest.fn(() =>
        fail
          ? Promise.reject(new ReportError('word-read-failed', 'Word could not read the report.'))
          : Promise.reject(new TypeError("Cannot read properties of undefined (reading 'items')")),
      );
      const actions = { read, hostKind: () => Promise.resolve('word') } as unknown as ConsultationActions;
      renderView(<ConsultationView actions={actions} />);
      expect(await screen.findByText('Word could not read the report.')).toBeTruthy();
      fail = false;
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText(GENERIC_PROBLEM)).toBeTruthy();
      expect(screen.queryByText(/Cannot read properties/)).toBeNull();
      expect(read).toHaveBeenCalledTimes(2);
    });

    it('says what it does when no document is open, and loads from its tab', async () => {
      renderView(<ConsultationView />, null);
      expect(screen.getByText(/Open the report in Word \(or in the Council Report workspace\)/)).toBeTruthy();
    });

    it('is reached from its tab, loaded on first use', async () => {
      openInFakeWord();
      render(
        <FluentProvider theme={webLightTheme}>
          <ReportHostContext.Provider value={() => Promise.resolve(new WordReportHost('report.docx'))}>
            <App documentState={{ kind: 'ready', name: 'report.docx', readOnly: false }} />
          </ReportHostContext.Provider>
        </FluentProvider>,
      );
      await userEvent.click(screen.getByRole('tab', { name: 'Consultation' }));
      expect(await screen.findByTestId('summary-sentence', {}, { timeout: 5000 })).toBeTruthy();
    });

    it('in Word on the web, where Word refuses the reply: records the response and gives the reply to paste', async () => {
      const user = userEvent.setup();
      const { fake } = openInFakeWord(undefined, WORD_ON_THE_WEB);
      renderView();
      await screen.findByTestId('summary-sentence');
      const item = itemBy(/^NPS Kent/);
      await user.click(within(item).getByRole('button', { name: 'Respond' }));
      await user.click(within(item).getByRole('radio', { name: 'Partly accepted' }));
      await user.type(
        within(item).getByRole('textbox', { name: 'Response to the partner' }),
        'Option 2 reworded.',
      );
      await user.click(within(item).getByRole('button', { name: 'Save response' }));
      expect(
        await screen.findByText(
          'Response recorded for NPS Kent, but Word did not post the reply in the comment thread. ' +
            'To add it, reply to the comment in Word and paste:',
        ),
      ).toBeTruthy();
      // The reply on its own, without quotes around it, to select and paste.
      expect(screen.getAllByTestId('reply-to-paste').map((e) => e.textContent)).toEqual([
        'Partly accepted. Option 2 reworded.',
      ]);
      const comment = fake.document.comments.find((c) => c.authorName === 'NPS Kent')!;
      expect(comment.resolved).toBe(true);
      expect(comment.replies).toEqual([]);
      const after = itemBy(/^NPS Kent/);
      expect(within(after).getByText('Partly accepted')).toBeTruthy();
    });
  });
});
