import { Type, type Static } from '@sinclair/typebox';

const CheckedDate = Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: 'when the fact was checked: YYYY-MM or YYYY-MM-DD' });
const SourceUrl = Type.String({ pattern: '^https?://\\S+$', description: 'the page the fact was checked against' });

export const FactSchema = Type.Object(
  {
    value: Type.String({ minLength: 1 }),
    source: SourceUrl,
    checked: CheckedDate,
    status: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const HoursSchema = Type.Object(
  {
    days: Type.Union([Type.Literal('weekdays'), Type.Literal('daily'), Type.Literal('always')]),
    open: Type.Optional(Type.String({ pattern: '^\\d{2}:\\d{2}$' })),
    close: Type.Optional(Type.String({ pattern: '^\\d{2}:\\d{2}$' })),
    source: SourceUrl,
    checked: CheckedDate,
  },
  { additionalProperties: false },
);

export const OrganisationSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'official Latin-script name, as on letters and buildings' }),
    fullName: Type.Optional(Type.String()),
    mandate: Type.String({ minLength: 1 }),
    facts: Type.Record(Type.String({ pattern: '^[a-zA-Z]+$' }), FactSchema),
    hours: Type.Optional(HoursSchema),
  },
  { additionalProperties: false },
);

export const OrganisationsFileSchema = Type.Record(Type.String({ pattern: '^(\\$comment|[a-z_]+)$' }), Type.Unknown());

export const RulesFileSchema = Type.Record(Type.String(), Type.Unknown());

export const TopicSchema = Type.Object(
  {
    uses: Type.Array(Type.String()),
    followUps: Type.Array(Type.String()),
    kind: Type.Optional(Type.Union([Type.Literal('urgent'), Type.Literal('smalltalk')])),
  },
  { additionalProperties: false },
);

export const TopicsFileSchema = Type.Object(
  {
    $comment: Type.Optional(Type.String()),
    menu: Type.Array(Type.String(), { minItems: 1, maxItems: 10 }),
    topics: Type.Record(Type.String({ pattern: '^[a-z_]+$' }), TopicSchema),
  },
  { additionalProperties: false },
);

export const MunicipalitySchema = Type.Object(
  {
    $comment: Type.Optional(Type.String()),
    id: Type.String({ pattern: '^[a-z-]+$' }),
    name: Type.String({ minLength: 1 }),
    facts: Type.Object(
      {
        phone: FactSchema,
        address: FactSchema,
        website: FactSchema,
        integrationProgramme: FactSchema,
        ukraineEmail: Type.Optional(FactSchema),
      },
      { additionalProperties: FactSchema },
    ),
  },
  { additionalProperties: false },
);

export type Fact = Static<typeof FactSchema>;
export type Organisation = Static<typeof OrganisationSchema>;
export type Municipality = Static<typeof MunicipalitySchema>;
export type TopicsFile = Static<typeof TopicsFileSchema>;
