import type { Service } from '../../src/schemas/service';
import { accessFeatureInfo, accessRouteInfo } from '../../src/data/access';
import { tierInfo, type Tier } from '../../src/data/tiers';
import type { ServiceStatus } from '../../src/data/access';
import { describeDays, describeTime, telHref } from '../../src/lib/schedule';
import { describeDelivery, statusTagWords, websiteText } from '../../src/lib/service-words';
import { tierTagClass } from '../../src/components/tier-tag-class';

/**
 * React versions of the service page's components (src/components/*.astro),
 * same markup and classes, words from the same src/lib functions. Astro
 * components cannot run in the browser, so the preview needs these; the e2e
 * test compares a preview with the built page so the two cannot drift apart.
 */

export function TierTag({ tier }: { tier: Tier }) {
  return <strong className={['govuk-tag', tierTagClass[tier]].filter(Boolean).join(' ')}>{tierInfo[tier].label}</strong>;
}

export function StatusTag({ status }: { status: ServiceStatus }) {
  const words = statusTagWords[status];
  return words ? <strong className="govuk-tag govuk-tag--red">{words}</strong> : null;
}

export function HowToGetIt({ access }: { access: Partial<Service['access']> }) {
  const route = access.route ? accessRouteInfo[access.route] : undefined;
  return (
    <section aria-labelledby="how-to-get-it">
      <h2 id="how-to-get-it">How to get it</h2>
      {route && (
        <p>
          <strong>{route.label}.</strong> {route.explanation}
        </p>
      )}
      <ol className="app-steps">
        {(access.steps ?? []).map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

export function ContactDetails({ contact }: { contact: Partial<Service['contact']> }) {
  return (
    <section className="app-contact" aria-labelledby="contact">
      <h2 id="contact">Contact</h2>
      <ul>
        {contact.phone && (
          <li>
            Phone: <a href={telHref(contact.phone)}>{contact.phone}</a>
          </li>
        )}
        {contact.textPhone && (
          <li>
            Text phone or SMS: <a href={`sms:${contact.textPhone.replace(/\s/g, '')}`}>{contact.textPhone}</a>
          </li>
        )}
        {contact.email && (
          <li>
            Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {contact.website && (
          <li>
            Website: <a href={contact.website}>{websiteText(contact.website)}</a>
          </li>
        )}
      </ul>
    </section>
  );
}

type WhereAndWhenProps = Pick<Service, 'delivery' | 'locations' | 'schedule' | 'scheduleNote'>;

export function WhereAndWhen({ service }: { service: WhereAndWhenProps }) {
  const manyVenues = service.locations.length > 1;
  return (
    <section aria-labelledby="where-and-when">
      <h2 id="where-and-when">Where and when</h2>
      <p>{describeDelivery(service.delivery)}</p>
      {service.schedule.length > 0 && (
        <table className="app-table">
          <caption>Times</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Time</th>
              {manyVenues && <th scope="col">Where</th>}
            </tr>
          </thead>
          <tbody>
            {service.schedule.map((s, i) => (
              <tr key={i}>
                <td>
                  {describeDays(s.days ?? [])}
                  {s.termTimeOnly && (
                    <>
                      <br />
                      term time only
                    </>
                  )}
                </td>
                <td>
                  {s.opens && describeTime(s.opens)} to {s.closes && describeTime(s.closes)}
                  {s.note && (
                    <>
                      <br />
                      {s.note}
                    </>
                  )}
                </td>
                {manyVenues && <td>{s.location ?? 'Any venue'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {service.scheduleNote && <p>{service.scheduleNote}</p>}
      {service.locations.map((venue, i) => (
        <div className="app-venue" key={i}>
          <h3>{venue.name}</h3>
          <address>
            {venue.address?.street}
            <br />
            {venue.address?.town}
            <br />
            {venue.address?.postcode}
          </address>
          {(venue.accessFeatures ?? []).length > 0 && (
            <ul>
              {venue.accessFeatures.map((f) => (
                <li key={f}>{accessFeatureInfo[f]}</li>
              ))}
            </ul>
          )}
          {venue.notes && <p>{venue.notes}</p>}
        </div>
      ))}
    </section>
  );
}
