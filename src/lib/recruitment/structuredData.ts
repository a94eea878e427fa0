import type { FAQPage, GovernmentOrganization, JobPosting, Place, WithContext } from 'schema-dts';
import { type Moment, officialDate } from '../time/moments.ts';
import type { QuestionAndAnswer } from './questions.ts';
import { type IndonesianTimeZone, indonesianTimeZones } from '../time/timeZones.ts';

/**
 * schema.org structured data for search engines' job listings. Everything here is also on the
 * page it describes: the caller passes the page's own text.
 */

/** An instant written with the given zone's offset: `2025-09-14T23:59:59+07:00`. */
export function isoWithZoneOffset(instant: Date, zone: IndonesianTimeZone): string {
  const offset = indonesianTimeZones[zone].offsetMinutes;
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

/** A moment as schema.org Date or DateTime: the day alone when the content gives no time, so search results state no hour either. */
export function schemaMoment(moment: Moment, zone: IndonesianTimeZone): string {
  return moment.hasTime ? isoWithZoneOffset(moment.instant, zone) : officialDate(moment);
}

export interface Organization {
  name: string;
  url: string;
  logo: string;
  /** The agency's official channels. */
  sameAs: readonly string[];
}

export function organizationData(organization: Organization): WithContext<GovernmentOrganization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: organization.name,
    url: organization.url,
    logo: organization.logo,
    sameAs: [...organization.sameAs],
  };
}

export interface JobPostingInput {
  title: string;
  /** HTML, with the facts the page shows. */
  descriptionHtml: string;
  datePosted: Moment;
  validThrough: Moment;
  timeZone: IndonesianTimeZone;
  organization: Organization;
  /** Region names as the page shows them. */
  regions: readonly string[];
  /** Left out when the announcement does not say. */
  employmentType?: string | undefined;
  identifier: { name: string; value: string };
  url: string;
}

export function jobPostingData(input: JobPostingInput): WithContext<JobPosting> {
  const jobLocation: Place[] = input.regions.map((region) => ({
    '@type': 'Place',
    address: { '@type': 'PostalAddress', addressRegion: region, addressCountry: 'ID' },
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: input.title,
    description: input.descriptionHtml,
    datePosted: schemaMoment(input.datePosted, input.timeZone),
    validThrough: schemaMoment(input.validThrough, input.timeZone),
    hiringOrganization: {
      '@type': 'GovernmentOrganization',
      name: input.organization.name,
      sameAs: [...input.organization.sameAs],
      logo: input.organization.logo,
      url: input.organization.url,
    },
    jobLocation,
    ...(input.employmentType === undefined ? {} : { employmentType: input.employmentType }),
    directApply: false,
    identifier: { '@type': 'PropertyValue', name: input.identifier.name, value: input.identifier.value },
    url: input.url,
  };
}

/** Text made safe to place inside an HTML description. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that text such as
 * `</script>` inside a description cannot end the element.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** FAQPage structured data for a page of questions, in the words the page shows. */
export function faqPageData(items: readonly QuestionAndAnswer[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}
