interface PostingForJsonLd {
  id: string;
  title: string;
  description: string;
  datePosted: Date | null;
  createdAt: Date;
  validThrough: Date;
  employmentType: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  isRemote: boolean;
  salaryMinFen: number;
  salaryMaxFen: number;
  openings: number;
  category: string;
  experienceYears: number | null;
  education: string | null;
  skills: string[];
  benefits: string[];
  employer: { id: string; name: string; creditCode: string };
  /** The location union and its ancestors up to the province (district → city → province, or city → province → national). */
  location: PlaceUnion & { parent: (PlaceUnion & { parent: PlaceUnion | null }) | null };
}

interface PlaceUnion {
  name: string;
  level: string;
}

const EDUCATION_CATEGORY: Record<string, string> = {
  junior_high: 'high school',
  high_school: 'high school',
  vocational: 'high school',
  associate: 'associate degree',
  bachelor: 'bachelor degree',
  master: 'postgraduate degree',
  doctorate: 'postgraduate degree',
};

/** "洛阳市涧西区总工会" → "洛阳市涧西区": union names carry the place name before the 总工会 suffix. */
const placeName = (unionName: string) => unionName.replace(/(总工会|工会)$/, '');

/** Yuan as a JSON number from integer fen, exact to two decimals (output only; never read back). */
const yuan = (fen: number) => Number(`${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);

/**
 * The schema.org JobPosting for a storefront page, with every field Google for Jobs requires
 * (title, description, datePosted, hiringOrganization, jobLocation, or for remote work
 * jobLocationType + applicantLocationRequirements) and the recommended ones we have.
 */
export function postingJsonLd(posting: PostingForJsonLd) {
  const ancestors = [posting.location, posting.location.parent, posting.location.parent?.parent].filter(
    (u): u is PlaceUnion => u != null,
  );
  const byLevel = (level: string) => ancestors.find((u) => u.level === level);
  const province = byLevel('province');
  const city = byLevel('city');
  const district = byLevel('district');

  const address = {
    '@type': 'PostalAddress',
    ...(posting.address && { streetAddress: posting.address }),
    addressLocality: placeName((district ?? city)?.name ?? ''),
    ...(province && { addressRegion: placeName(province.name) }),
    addressCountry: 'CN',
  };
  const place = {
    '@type': 'Place',
    address,
    ...(posting.latitude != null &&
      posting.longitude != null && {
        geo: { '@type': 'GeoCoordinates', latitude: posting.latitude, longitude: posting.longitude },
      }),
  };

  const document: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title,
    description: posting.description,
    identifier: { '@type': 'PropertyValue', name: posting.employer.name, value: posting.id },
    datePosted: (posting.datePosted ?? posting.createdAt).toISOString(),
    validThrough: posting.validThrough.toISOString(),
    employmentType: posting.employmentType,
    hiringOrganization: {
      '@type': 'Organization',
      name: posting.employer.name,
      identifier: posting.employer.creditCode,
    },
    jobLocation: place,
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'CNY',
      value: {
        '@type': 'QuantitativeValue',
        minValue: yuan(posting.salaryMinFen),
        maxValue: yuan(posting.salaryMaxFen),
        unitText: 'MONTH',
      },
    },
    totalJobOpenings: posting.openings,
    occupationalCategory: posting.category,
    directApply: true,
    ...(posting.isRemote && {
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'CN' },
    }),
    ...(posting.experienceYears != null && {
      experienceRequirements: {
        '@type': 'OccupationalExperienceRequirements',
        monthsOfExperience: posting.experienceYears * 12,
      },
    }),
    ...(posting.education &&
      EDUCATION_CATEGORY[posting.education] && {
        educationRequirements: {
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: EDUCATION_CATEGORY[posting.education],
        },
      }),
    ...(posting.skills.length && { skills: posting.skills.join('、') }),
    ...(posting.benefits.length && { jobBenefits: posting.benefits.join('、') }),
  };
  return document;
}

/** JSON for a <script type="application/ld+json"> block: `<` is escaped so no text can close the tag. */
export function jsonLdString(document: unknown): string {
  return JSON.stringify(document).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
