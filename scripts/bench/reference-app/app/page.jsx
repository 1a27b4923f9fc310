export default function Page() {
  return (
    <main>
      <h1>Reference page</h1>
      <p>The same framework, no application code: what this machine gives a cached Next.js page.</p>
    </main>
  )
}
