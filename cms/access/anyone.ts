import type { Access } from 'payload'

/** Public content without drafts (artisans' profiles, media). */
export const anyone: Access = () => true
