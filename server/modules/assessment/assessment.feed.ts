/**
 * What assessment reads from 一榜三令: issued orders with their typed consequences, points, the tasks a
 * unit claimed or led, and the political performance recorded for claiming units and their cadres.
 * The port is defined here (what assessment consumes); the composition root passes the tasks
 * module's public TasksFeed, which satisfies it.
 */
import type { FeedOrder } from './assessment.rules.ts';

/** Who and when: a district's persons or units over a period (days, inclusive). */
export interface FeedFilter {
  districtId: string;
  personIds?: string[];
  unitNodeIds?: string[];
  from: string;
  to: string;
}

/** A task a unit claimed or led, with its colour and progress. */
export interface FeedTask {
  taskId: string;
  title: string;
  unitNodeId: string;
  status: string;
  colour: string | null;
  progress: number;
}

/** The tasks module's feed, as assessment consumes it. */
export interface AssessmentTaskFeed {
  /** Issued orders naming these persons (commander or consequence subject) or units. */
  ordersOf(f: FeedFilter): Promise<FeedOrder[]>;
  /** Points per person or unit per month ('YYYY-MM'), from orders' consequences. */
  pointsOf(
    f: FeedFilter,
  ): Promise<{ personId: string | null; unitNodeId: string | null; month: string; points: number }[]>;
  /** Tasks the units claimed or led in the period. */
  tasksOf(f: { districtId: string; unitNodeIds: string[]; from: string; to: string }): Promise<FeedTask[]>;
  /** Political performance recorded for 揭榜 units and their cadres in the period (seed 000). */
  performanceOf(f: FeedFilter): Promise<FeedPerformance[]>;
}

/** A political-performance record from 一榜三令, on one of the five aspects. */
export interface FeedPerformance {
  id: string;
  taskId: string;
  taskTitle: string;
  unitNodeId: string;
  personId: string | null;
  aspect: 'loyalty' | 'steadfastness' | 'commitment' | 'capability' | 'discipline';
  positive: boolean;
  note: string;
  occurredOn: string;
}
