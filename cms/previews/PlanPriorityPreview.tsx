import type { z } from 'astro/zod';
import { planPrioritySchema } from '../../src/schemas/plan-priority';
import { planStatuses, planStatusInfo, type PlanStatus } from '../../src/data/plan-statuses';
import { planReport, type Action, type Priority, type Update } from '../../src/lib/plan-progress';
import { formatDate } from '../../src/lib/review';
import { formatMonth } from '../../src/lib/months';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { PreviewPage } from './PreviewPage';
import { PreviewLoading } from './PreviewLoading';
import { loadedData, useCollection, type LoadedEntry } from './use-collection';

type Fields = Partial<z.input<typeof planPrioritySchema>>;
/** An action as planReport() hands it to the page: its current update, earlier ones and warnings. */
type ReportAction = Action & { current: Update; earlier: Update[]; pastDue: boolean; notUpdated: boolean };

/** The published priorities as the site reads them (src/directory/plan.ts), each with its file name. */
function prioritiesFromEntries(entries: Iterable<LoadedEntry>): (Priority & { slug: string })[] {
  return [...entries].flatMap((entry) => {
    const { slug, data } = loadedData(entry);
    const parsed = planPrioritySchema.safeParse(data);
    return parsed.success ? [{ ...parsed.data, slug }] : [];
  });
}

/** The priority being written, with the parts not yet filled in left out, so the report can be worked out as it is typed. */
function asPriority(fields: Fields, slug: string): Priority & { slug: string } {
  const actions = (fields.actions ?? []).flatMap((a) => {
    const due = asDate(a.due);
    const updates = (a.updates ?? []).filter((u) => u.month && planStatuses.includes(u.status as PlanStatus)).map((u) => ({ month: u.month, status: u.status as PlanStatus, note: u.note ?? '' }));
    return a.ref && due && updates.length > 0 ? [{ ref: a.ref, action: a.action ?? '', owner: a.owner ?? '', due, updates }] : [];
  });
  return { slug, number: Number(fields.number ?? 0), title: fields.title ?? '', actions };
}

/** The status in words; colour only repeats it (src/components/PlanStatusTag.astro). */
const StatusTag = ({ status }: { status: PlanStatus }) => <strong className={`govuk-tag ${planStatusInfo[status].tagClass}`}>{planStatusInfo[status].label}</strong>;

/** One action as src/components/PlanActionItem.astro draws it. */
function ActionItem({ action }: { action: ReportAction }) {
  return (
    <li className="app-plan-action" id={`action-${action.ref}`}>
      <h3 className="app-plan-action__title"><span className="app-plan-action__ref">{action.ref}</span> {action.action}</h3>
      <p className="app-plan-action__tags">
        <StatusTag status={action.current.status} />
        {action.pastDue && <strong className="govuk-tag govuk-tag--red">Past due date</strong>}
      </p>
      <dl className="app-summary-list">
        <div><dt>Who is responsible</dt><dd>{action.owner}</dd></div>
        <div><dt>Due</dt><dd>{formatDate(action.due)}</dd></div>
        <div>
          <dt>Latest update ({formatMonth(action.current.month)})</dt>
          <dd>
            {action.current.note}
            {action.notUpdated && <p className="app-secondary app-plan-action__stale">No update was given this month: this is the latest we have.</p>}
          </dd>
        </div>
      </dl>
      {action.earlier.length > 0 && (
        <details className="app-details">
          <summary>Earlier updates<span className="govuk-visually-hidden"> for action {action.ref}</span></summary>
          <ul className="app-plan-action__history">
            {action.earlier.map((u) => (
              <li key={u.month}><strong>{formatMonth(u.month)}: {planStatusInfo[u.status].label}.</strong> {u.note}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * A priority as the improvement plan page (src/pages/improvement-plan/index.astro)
 * shows it. The reporting month is worked out from every priority, as on the
 * page, with this one as it is being written in place of the published one.
 */
export function PlanPriorityPreview(props: PreviewProps) {
  const published = useCollection(props.getCollection, 'plan', prioritiesFromEntries);
  const raw = entryData(props);
  const fields = withoutBlanks(raw) as Fields;
  if (!published) return <PreviewLoading />;
  const slug = String(props.entry.get('slug') ?? '');
  const editing = asPriority(fields, slug);
  const all = [...published.filter((p) => p.slug !== slug), editing].sort((a, b) => a.number - b.number);
  const report = planReport(all, new Date());
  const shown = report?.priorities.find((p) => p.slug === slug);
  const month = report && formatMonth(report.month);
  return (
    <PreviewPage collection={entryCollection(props)} data={raw}>
      <p className="app-secondary">SEND improvement plan: our progress{month && `, ${month}`}</p>
      <section aria-labelledby={`priority-${fields.number}`} className="app-plan-priority">
        <h2 id={`priority-${fields.number}`}>Priority {fields.number}: {fields.title}</h2>
        <p>{fields.outcome}</p>
        <p className="app-secondary">Led by the {fields.lead}.</p>
        <p className="app-secondary">(On the website, a chart and a table of this priority’s actions by status are here.)</p>
        {shown && (
          <ol className="app-plan-actions" aria-label={`Priority ${fields.number} actions`}>
            {(shown.actions as ReportAction[]).map((a) => <ActionItem key={a.ref} action={a} />)}
          </ol>
        )}
      </section>
    </PreviewPage>
  );
}
