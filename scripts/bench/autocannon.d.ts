// The few parts of autocannon 9 the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p99: number; max: number }
  type Result = {
    requests: Histogram
    latency: Histogram
    non2xx: number
    errors: number
    timeouts: number
  }
  type Options = { url: string; connections?: number; duration?: number }
  export default function autocannon(options: Options): Promise<Result>
}
