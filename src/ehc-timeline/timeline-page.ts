/**
 * The personal timeline on /ehc-journey/. Works on the static page: the steps'
 * words come from the page itself, the dates from localStorage.
 *
 * Must: send nothing anywhere (no fetch, no form submission: the forms are
 * handled here and never post); say every status in words; use the GOV.UK
 * error summary and inline errors, moving focus to the summary; move focus to
 * what changed (the timeline after "Show my dates", the step after recording
 * a letter) and announce it in a live region; work with the keyboard alone.
 * Tested in tests/e2e/ehc-timeline.test.ts.
 */
import { formatLongDate, todayOnDevice, type CalendarDate } from '../lib/calendar-date';
import { readDateInput, type DateField } from '../lib/ehc-timeline/date-input';
import { buildTimeline, mostOverdue, type AssessmentDates, type ReviewDates, type TimelineStep } from '../lib/ehc-timeline/timeline';
import { calendarFile } from '../lib/ehc-timeline/calendar-file';
import { stepActor, type StepId } from '../lib/ehc-timeline/steps';
import { deleteSavedDates, loadSavedDates, saveDates, type SavedDates } from './saved-dates';
import { assessmentLetters, reviewLetters, withLetter, type LetterKind } from './letters';
import { statusWords, tagColour, waitingReasons } from './words';
import { registerOfflineWorker } from '../offline/register';

type Journey = 'assessment' | 'review';
const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T & HTMLElement>(selector)!;

/** A small element builder: text is always set as text, never as HTML. */
function el(tag: string, props: Record<string, string> = {}, ...children: (Node | string | undefined | false)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  for (const c of children) if (c) node.append(c);
  return node;
}

const startQuestions: Record<Journey, { legend: string; hint: string; name: string }> = {
  assessment: {
    legend: 'When did the council receive your request?',
    hint: 'For example, 27 3 2026. If you emailed or used the online form, this is usually the day you sent it.',
    name: 'The date the council received your request',
  },
  review: {
    legend: 'What is the date of the plan, or of its last annual review meeting?',
    hint: 'For example, 27 3 2026. Use the date of the last review meeting if there has been one.',
    name: 'The date of the plan or last review',
  },
};

function dateGroup(id: string) {
  const group = $(`[data-date-group="${id}"]`);
  const inputs = [...group.querySelectorAll<HTMLInputElement>('[data-date-part]')];
  const error = $('[data-date-error]', group);
  const fieldset = $('fieldset', group);
  const hintId = `${id}-hint`;
  return {
    group,
    value: () => Object.fromEntries(inputs.map((i) => [i.dataset.datePart, i.value])) as { day: string; month: string; year: string },
    set: (date?: CalendarDate) => {
      const [year, month, day] = date ? date.split('-').map(Number) : [];
      inputs.forEach((i) => (i.value = date ? String({ day, month, year }[i.dataset.datePart as DateField]) : ''));
    },
    showError: (message?: string, fields: DateField[] = []) => {
      group.classList.toggle('govuk-form-group--error', !!message);
      error.hidden = !message;
      error.textContent = '';
      if (message) error.append(el('span', { class: 'govuk-visually-hidden' }, 'Error: '), message);
      fieldset.setAttribute('aria-describedby', message ? `${hintId} ${id}-error` : hintId);
      inputs.forEach((i) => i.classList.toggle('govuk-input--error', !!message && fields.includes(i.dataset.datePart as DateField)));
    },
    firstWrong: (fields: DateField[]) => inputs.find((i) => fields.includes(i.dataset.datePart as DateField)) ?? inputs[0],
  };
}

export function startTimelinePage(): void {
  const tool = $('[data-ehc-tool]');
  const startForm = $<HTMLFormElement>('[data-ehc-start]');
  const result = $('[data-ehc-result]');
  const list = $('[data-ehc-list]');
  const summaryBox = $('[data-ehc-summary]');
  const status = $('[data-ehc-status]');
  const errorSummary = $('[data-ehc-errors]');
  const letterForm = $<HTMLFormElement>('[data-ehc-letter]');
  const start = dateGroup('start');
  const letter = dateGroup('letter');
  const phase = $('[data-ehc-phase]');
  const today = () => todayOnDevice();
  const thisYear = Number(today().slice(0, 4));
  const moveYear = Number(today().slice(5, 7)) >= 9 ? thisYear + 1 : thisYear;
  $('[data-ehc-move-year]').textContent = String(moveYear);
  tool.hidden = false;

  let saved: SavedDates = loadSavedDates() ?? { journey: 'assessment' };
  const journey = (): Journey => (startForm.querySelector<HTMLInputElement>('input[name="journey"]:checked')?.value as Journey) ?? 'assessment';
  const current = (): AssessmentDates | ReviewDates | undefined => saved[saved.journey];
  const say = (text: string) => (status.textContent = text);

  function showErrors(errors: { href: string; message: string }[]) {
    const items = $('[data-ehc-error-list]');
    items.replaceChildren(...errors.map((e) => el('li', {}, el('a', { href: e.href }, e.message))));
    errorSummary.hidden = errors.length === 0;
    if (errors.length) errorSummary.focus();
  }
  errorSummary.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    document.getElementById(link.getAttribute('href')!.slice(1))?.focus();
  });

  function setJourney(j: Journey) {
    (startForm.querySelector<HTMLInputElement>(`input[value="${j}"]`) as HTMLInputElement).checked = true;
    const q = startQuestions[j];
    $('[data-date-legend]', start.group).textContent = q.legend;
    $('[data-date-hint]', start.group).textContent = q.hint;
    phase.hidden = j !== 'review';
    const dates = saved[j];
    start.set(dates ? (dates.journey === 'assessment' ? dates.requestReceived : dates.planOrLastReview) : undefined);
    const move = dates?.journey === 'review' ? (dates.phaseTransfer?.move ?? '') : '';
    (startForm.querySelector<HTMLInputElement>(`input[name="move"][value="${move}"]`) as HTMLInputElement).checked = true;
  }
  startForm.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name !== 'journey') return;
    setJourney(journey());
    start.showError();
    showErrors([]);
    if (saved[journey()]) {
      saved.journey = journey();
      saveDates(saved);
      render();
    } else result.hidden = true;
  });

  function store() {
    if (!saveDates(saved)) say('This browser would not save your dates, so they will go when you close the page.');
  }

  startForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const j = journey();
    const read = readDateInput(start.value(), { name: startQuestions[j].name, today: today() });
    if (!read.ok) {
      start.showError(read.message, read.fields);
      showErrors([{ href: `#${start.firstWrong(read.fields).id}`, message: read.message }]);
      return;
    }
    start.showError();
    showErrors([]);
    const move = startForm.querySelector<HTMLInputElement>('input[name="move"]:checked')?.value;
    const before = saved[j];
    // Letters recorded before the new start date cannot belong to it.
    if (j === 'assessment') {
      const keep = before?.journey === 'assessment' && before.requestReceived === read.date;
      saved.assessment = keep ? before : { journey: 'assessment', requestReceived: read.date };
    } else {
      const keep = before?.journey === 'review' && before.planOrLastReview === read.date;
      const base: ReviewDates = keep ? { ...before } : { journey: 'review', planOrLastReview: read.date };
      if (move === 'school' || move === 'post-16') base.phaseTransfer = { move, year: moveYear };
      else delete base.phaseTransfer;
      saved.review = base;
    }
    saved.journey = j;
    store();
    render();
    $('[data-ehc-result-heading]').focus();
    say('Your dates are shown below.');
  });

  function describeDate(step: TimelineStep): string {
    if (step.status === 'done')
      return `Came on ${formatLongDate(step.doneOn!)}${step.lateDays ? `: ${step.lateDays} ${step.lateDays === 1 ? 'day' : 'days'} after the time limit` : ''}`;
    if (!step.due) return waitingReasons[step.id] ?? '';
    const due = formatLongDate(step.due);
    if (step.status === 'late') return `Was due by ${due}: ${step.lateDays} ${step.lateDays === 1 ? 'day' : 'days'} ago`;
    if (step.status === 'closed') return `Ended on ${due}`;
    if (step.id === 'phase-transfer') return `Before ${formatLongDate(step.before!)}: by ${due} at the latest`;
    if (step.id === 'mediation-and-appeal') return `Appeal by ${due}. Contact the mediation adviser by ${formatLongDate(step.mediationAdviserBy!)}`;
    return stepActor[step.id] === 'family' ? `Send your comments by ${due}` : `By ${due}`;
  }

  const letters = () => (saved.journey === 'assessment' ? assessmentLetters : reviewLetters);
  const titleOf = (id: StepId) => $(`[data-step="${id}"] [data-step-title]`).textContent ?? '';

  function item(step: TimelineStep): HTMLElement {
    const guide = $(`[data-step="${step.id}"]`);
    const kind = letters()[step.id];
    const li = el(
      'li',
      { class: `app-ehc-item app-ehc-item--${step.status}`, 'data-timeline-step': step.id },
      el('h3', { tabindex: '-1' }, el('span', { class: `govuk-tag ${tagColour[step.status]}` }, statusWords[step.status]), ' ', titleOf(step.id)),
      el('p', { class: step.due || step.doneOn ? 'app-ehc-item__date' : 'app-ehc-item__why' }, describeDate(step)),
    );
    if (step.status === 'late' || (step.status === 'next' && stepActor[step.id] === 'family')) {
      const late = $('[data-step-if-late]', guide).cloneNode(true) as HTMLElement;
      late.className = 'app-ehc-item__late';
      late.removeAttribute('data-step-if-late');
      li.append(late);
      const help = guide.querySelector('[data-step-help] ul');
      if (help) li.append(el('div', { class: 'app-ehc-item__help' }, help.cloneNode(true)));
    }
    if (kind && step.status !== 'not-needed') {
      const recorded = step.status === 'done' || (step.id === 'mediation-and-appeal' && current()?.mediationCertificate);
      li.append(
        el(
          'p',
          {},
          el(
            'button',
            { type: 'button', class: 'govuk-button govuk-button--secondary', 'data-record': step.id },
            recorded ? `Change: ${kind.button.replace(/^Record /, '')}` : kind.button,
          ),
        ),
      );
      if (recorded) li.append(el('p', {}, el('button', { type: 'button', class: 'app-link-button', 'data-forget': step.id }, 'Remove this date')));
    }
    li.append(el('p', { class: 'app-ehc-item__more' }, el('a', { href: `#step-${step.id}` }, 'More about this step')));
    return li;
  }

  function render() {
    // A redraw replaces the steps; the letter form must not go with them.
    if (list.contains(letterForm)) {
      letterForm.hidden = true;
      tool.append(letterForm);
    }
    const dates = current();
    document.body.toggleAttribute('data-ehc-has-timeline', !!dates);
    result.hidden = !dates;
    if (!dates) return;
    const steps = buildTimeline(dates, today()).filter((s) => s.status !== 'not-needed');
    const late = mostOverdue(steps);
    const next = steps.find((s) => s.status === 'next');
    const startWords =
      dates.journey === 'assessment'
        ? `The council received your request on ${formatLongDate(dates.requestReceived)}.`
        : `Counting from ${formatLongDate(dates.planOrLastReview)}.`;
    summaryBox.replaceChildren(
      el(
        'div',
        { class: `app-ehc-summary${late ? ' app-ehc-summary--late' : ''}` },
        el('p', {}, startWords),
        late && el('p', {}, el('strong', {}, `Late: ${titleOf(late.id)}.`), ` It was due by ${formatLongDate(late.due!)}. See below for what to do.`),
        next && el('p', {}, el('strong', {}, `Next: ${titleOf(next.id)}.`), ` ${describeDate(next)}.`),
        !late && !next && el('p', {}, 'Nothing is due at the moment.'),
      ),
    );
    $('[data-ehc-printed]').textContent = `Printed on ${formatLongDate(today())}. These are the latest dates the law allows.`;
    list.replaceChildren(...steps.map(item));
  }

  let recording: StepId | undefined;
  function openLetter(id: StepId) {
    const kind = letters()[id] as LetterKind;
    recording = id;
    $('[data-ehc-letter-title]', letterForm).textContent = `${kind.button}: ${titleOf(id)}`;
    $('[data-date-legend]', letter.group).textContent = kind.legend;
    const outcome = $('[data-ehc-outcome]', letterForm);
    outcome.hidden = !kind.outcomes;
    $('[data-ehc-outcome-options]', letterForm).replaceChildren(
      ...(kind.outcomes ?? []).map(([value, label], i) =>
        el(
          'div',
          { class: 'govuk-radios__item' },
          el('input', { class: 'govuk-radios__input', id: `outcome-${i}`, name: 'outcome', type: 'radio', value }),
          el('label', { class: 'govuk-radios__label', for: `outcome-${i}` }, label),
        ),
      ),
    );
    outcome.classList.remove('govuk-form-group--error');
    letter.set();
    letter.showError();
    $(`[data-timeline-step="${id}"]`).append(letterForm);
    letterForm.hidden = false;
    $('[data-ehc-letter-title]', letterForm).focus();
  }
  function closeLetter(focusStep: boolean) {
    const id = recording;
    letterForm.hidden = true;
    tool.append(letterForm);
    recording = undefined;
    if (focusStep && id) document.querySelector<HTMLElement>(`[data-timeline-step="${id}"] h3`)?.focus();
  }

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-record], [data-forget]');
    if (!button) return;
    const dates = current()!;
    if (button.dataset.record) return openLetter(button.dataset.record as StepId);
    const id = button.dataset.forget as StepId;
    saved[saved.journey] = withLetter(dates, id, undefined) as never;
    store();
    render();
    document.querySelector<HTMLElement>(`[data-timeline-step="${id}"] h3`)?.focus();
    say(`The date for ${titleOf(id)} has been removed.`);
  });

  letterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = recording!;
    const kind = letters()[id]!;
    const dates = current()!;
    const startDate = dates.journey === 'assessment' ? dates.requestReceived : dates.planOrLastReview;
    const read = readDateInput(letter.value(), {
      name: kind.name,
      today: today(),
      notBefore: { date: startDate, name: dates.journey === 'assessment' ? 'the day the council received your request' : 'the date you started from' },
    });
    const outcome = letterForm.querySelector<HTMLInputElement>('input[name="outcome"]:checked')?.value;
    const errors: { href: string; message: string }[] = [];
    const outcomeGroup = $('[data-ehc-outcome]', letterForm);
    outcomeGroup.classList.toggle('govuk-form-group--error', !!kind.outcomes && !outcome);
    if (kind.outcomes && !outcome) errors.push({ href: '#outcome-0', message: 'Select what it said' });
    if (!read.ok) {
      letter.showError(read.message, read.fields);
      errors.push({ href: `#${letter.firstWrong(read.fields).id}`, message: read.message });
    } else letter.showError();
    if (errors.length) return showErrors(errors);
    showErrors([]);
    saved[saved.journey] = withLetter(dates, id, (read as { date: CalendarDate }).date, outcome) as never;
    store();
    closeLetter(false);
    render();
    document.querySelector<HTMLElement>(`[data-timeline-step="${id}"] h3`)?.focus();
    say(`Saved. Your timeline has been updated.`);
  });
  $('[data-ehc-letter-cancel]', letterForm).addEventListener('click', () => {
    showErrors([]);
    closeLetter(true);
  });

  $('[data-ehc-download]').addEventListener('click', () => {
    const dates = current()!;
    const entries = buildTimeline(dates, today())
      .filter((s) => s.due && s.status !== 'done' && s.status !== 'closed' && s.status !== 'not-needed')
      .flatMap((s) => {
        const title = titleOf(s.id);
        const main = {
          date: s.due!,
          title: `${stepActor[s.id] === 'family' ? 'Last day' : 'Due'}: ${title}`,
          description: `${describeDate(s)}. ${location.origin}${location.pathname}#step-${s.id}`,
        };
        return s.mediationAdviserBy && s.mediationAdviserBy !== s.due
          ? [{ date: s.mediationAdviserBy, title: 'Last day to contact the mediation adviser', description: main.description }, main]
          : [main];
      });
    const file = calendarFile(entries, { calendarName: 'EHC dates', stamp: new Date(), uidDomain: location.hostname || 'localhost' });
    const link = el('a', { href: URL.createObjectURL(new Blob([file], { type: 'text/calendar' })), download: 'ehc-dates.ics' }) as HTMLAnchorElement;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    say('The calendar file has been downloaded. Open it to add the dates to your calendar.');
  });
  $('[data-ehc-print]').addEventListener('click', () => window.print());
  $('[data-ehc-change]').addEventListener('click', () => {
    start.group.querySelector('input')!.focus();
  });
  $('[data-ehc-delete]').addEventListener('click', () => {
    deleteSavedDates();
    saved = { journey: journey() };
    setJourney(journey());
    render();
    say('Your dates have been deleted from this phone.');
    $('[data-date-legend]', start.group).closest('fieldset')!.querySelector('input')!.focus();
  });

  setJourney(saved.journey);
  render();
  // So the page, its script and the family's dates work with no signal once visited (src/offline/).
  if (document.readyState === 'complete') void registerOfflineWorker();
  else window.addEventListener('load', () => void registerOfflineWorker(), { once: true });
}
