import type { Payload } from 'payload'

import { artisans, type ArtisanSeed } from './content/artisans'
import { richText } from './lexical'
import { inTransaction } from './transaction'

async function exists(payload: Payload, handle: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'artisans',
    where: { handle: { equals: handle } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function createArtisan(payload: Payload, artisan: ArtisanSeed): Promise<void> {
  await inTransaction(payload, async (req) => {
    const doc = await payload.create({
      collection: 'artisans',
      locale: 'ja',
      data: {
        handle: artisan.handle,
        craft: artisan.craft,
        name: artisan.name.ja,
        location: artisan.location.ja,
        bio: richText(artisan.bio.ja),
        quote: artisan.quote.ja,
        workshop: {
          name: artisan.workshop.name.ja,
          address: artisan.workshop.address.ja,
          latitude: artisan.workshop.latitude,
          longitude: artisan.workshop.longitude,
          visitsByAppointment: true,
        },
        lineage: {
          teacher: artisan.lineage.teacher.ja,
          description: artisan.lineage.description.ja,
        },
        yearsActive: { since: artisan.activeSince },
      },
      overrideAccess: true,
      req,
    })
    await payload.update({
      collection: 'artisans',
      id: doc.id,
      locale: 'en',
      data: {
        name: artisan.name.en,
        location: artisan.location.en,
        bio: richText(artisan.bio.en),
        quote: artisan.quote.en,
        workshop: {
          name: artisan.workshop.name.en,
          address: artisan.workshop.address.en,
        },
        lineage: {
          teacher: artisan.lineage.teacher.en,
          description: artisan.lineage.description.en,
        },
      },
      overrideAccess: true,
      req,
    })
  })
}

/** Creates the demo artisans that do not exist yet (matched by handle). Returns the handles created. */
export async function seedArtisans(payload: Payload): Promise<string[]> {
  const created: string[] = []
  for (const artisan of artisans) {
    if (await exists(payload, artisan.handle)) continue
    await createArtisan(payload, artisan)
    created.push(artisan.handle)
  }
  return created
}
