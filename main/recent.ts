import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentPlan } from '../shared/api';

const MAX_RECENT = 10;
const recentSchema = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }));

/** The recently opened plans, kept in the user's data folder. */
export class RecentPlans {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent.json');
  }

  list(): RecentPlan[] {
    try {
      const parsed = recentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      // A missing or unreadable list only means no recent plans yet.
      return [];
    }
  }

  has(planPath: string): boolean {
    return this.list().some((r) => r.path === planPath);
  }

  remember(planPath: string, name: string): void {
    const next = [{ path: planPath, name, openedAt: new Date().toISOString() }, ...this.list().filter((r) => r.path !== planPath)].slice(
      0,
      MAX_RECENT,
    );
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.file);
  }
}
