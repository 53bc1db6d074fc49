/**
 * What assessment reads from 一榜三令: issued orders with their typed consequences, points, the tasks a
 * unit claimed or led, and the political performance recorded for claiming units and their cadres.
 * The port is defined here (what assessment consumes); the composition root passes the tasks
 * module's public TasksFeed, which satisfies it. Its filter, task and performance shapes are the tasks
 * module's own (from its index); only the orders are read as assessment's FeedOrder.
 */
import type { FeedPerformance, FeedTaskOut, TasksFeed, TasksFeedFilter } from '../tasks/index.ts';
import type { FeedOrder } from './assessment.rules.ts';

export type { FeedPerformance };
/** Who and when: a district's persons or units over a period (days, inclusive). */
export type FeedFilter = TasksFeedFilter;
/** A task a unit claimed or led, with its colour and progress. */
export type FeedTask = FeedTaskOut;

/**
 * The tasks module's feed, as assessment consumes it: points per person or unit per month, the tasks
 * units claimed or led, and the political performance recorded in the period (seed 000), as tasks
 * gives them; the orders as assessment reads them.
 */
export interface AssessmentTaskFeed extends Pick<TasksFeed, 'pointsOf' | 'tasksOf' | 'performanceOf'> {
  /** Issued orders naming these persons (commander or consequence subject) or units. */
  ordersOf(f: FeedFilter): Promise<FeedOrder[]>;
}
