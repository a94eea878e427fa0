import officialHostsFile from '../config/official-hosts.json' with { type: 'json' };

export const officialHosts: readonly string[] = officialHostsFile.hosts;

export const officialHostsText = officialHosts.map((host) => `${host} or *.${host}`).join(', ');

/**
 * True for an https address on an official host or one of its subdomains. Look-alikes
 * (`rekrutmen-bpjsketenagakerjaan.com`, `bpjsketenagakerjaan.go.id.example.com`), addresses with a
 * user name (`https://bpjsketenagakerjaan.go.id@evil.example`) and shorteners are refused.
 */
export function isOfficialUrl(value: string, hosts: readonly string[] = officialHosts): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((official) => host === official || host.endsWith(`.${official}`));
}
