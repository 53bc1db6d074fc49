/**
 * The projects' share of the demo: a year of micro projects across the district with public and
 * social money and ratings, the demo resident's order and rating to give, and the deputies' vote
 * choosing 20 projects (seed 003), loaded in seconds.
 */
import { describe, expect, it } from 'vitest';
import { useDemo } from './demo.testkit.ts';
import { seedProjects } from './projects.ts';

const demo = useDemo(3_000, (services, db, districtId) => seedProjects(services, db, districtId, new Date()));

describe('the projects demo', () => {
  it('loads in a few seconds', () => {
    console.info(`projects demo seeded in ${(demo.ms / 1000).toFixed(1)} s`);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the district has a year of micro projects with public and social money (seed 003)', async () => {
    const zzb = await demo.ctxOf('zzb');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const f = await demo.services.projects.figures(zzb, { year });
    expect(f.micro.projects).toBeGreaterThan(10);
    expect(f.micro.publicWan).toBeGreaterThan(0);
    expect(f.micro.socialWan).toBeGreaterThan(0);
    expect(f.micro.satisfiedRate).toBeGreaterThan(50);
    expect(f.livelihood.chosen).toBe(20);
    expect((await demo.services.projects.unitScores(zzb, { year })).length).toBe(1);
  });

  it('each role finds work waiting: the resident a rating, the officer an order, the deputy ratings', async () => {
    const keys = async (u: string) =>
      (await demo.services.projects.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await keys('jumin')).toContain('projects.to_rate');
    expect(await keys('shequ')).toContain('projects.to_screen');
    expect(await keys('daibiao')).toContain('projects.to_rate');
  });
});
