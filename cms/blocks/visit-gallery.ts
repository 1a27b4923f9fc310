import type { Block } from 'payload'

const validateTime = (value: string | null | undefined): true | string =>
  value && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'Use 24-hour HH:MM, e.g. 11:00 or 19:00.'

/** Page: how to visit the Ginza gallery (address, opening hours, map). */
export const VisitGallery: Block = {
  slug: 'visitGallery',
  interfaceName: 'VisitGalleryBlock',
  labels: { singular: 'Visit the gallery', plural: 'Visit the gallery' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'address', type: 'textarea', required: true, localized: true },
    {
      name: 'hours',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        { name: 'days', type: 'text', required: true, localized: true },
        {
          name: 'opens',
          type: 'text',
          required: true,
          validate: validateTime,
          admin: { description: 'HH:MM, e.g. 11:00' },
        },
        {
          name: 'closes',
          type: 'text',
          required: true,
          validate: validateTime,
          admin: { description: 'HH:MM, e.g. 19:00' },
        },
      ],
    },
    { name: 'note', type: 'textarea', localized: true },
    {
      name: 'map',
      type: 'group',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90 },
        { name: 'longitude', type: 'number', min: -180, max: 180 },
        { name: 'url', type: 'text', admin: { description: 'A link to the place on a map.' } },
      ],
    },
    { name: 'access', type: 'textarea', localized: true, admin: { description: 'Nearest stations.' } },
  ],
}
