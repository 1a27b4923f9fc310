import type { Block } from 'payload'

const VIDEO_HOSTS = ['www.youtube.com', 'youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com']

export function validateVideoUrl(value: string | null | undefined): true | string {
  if (!value) return 'Paste the link of a YouTube or Vimeo video.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' && VIDEO_HOSTS.includes(url.hostname)) return true
  } catch {
    // fall through to the message
  }
  return 'Use an https link to a YouTube or Vimeo video.'
}

/** Story body: a YouTube or Vimeo video (loaded only when the reader presses play). */
export const VideoEmbed: Block = {
  slug: 'videoEmbed',
  interfaceName: 'VideoEmbedBlock',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validateVideoUrl,
      admin: { description: 'https://www.youtube.com/watch?v=… or https://vimeo.com/…' },
    },
    { name: 'caption', type: 'text' },
  ],
}
