import { Plugin } from 'obsidian';

/** GROW Coach: lifecycle only; commands, views and listeners live in their own files. */
export default class GrowCoachPlugin extends Plugin {
  override onload(): void {
    // Commands, views and the index are registered by later work.
  }
}
