// The benchmark's reference: the smallest App Router page of the same Next.js and React versions.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
