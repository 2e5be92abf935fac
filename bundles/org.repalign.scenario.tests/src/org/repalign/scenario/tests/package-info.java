/**
 * Scenario tests: a person's way through the RepAlign window, driven by real mouse and keyboard
 * events, checked on what the window shows, pictured step by step.
 */
package org.repalign.scenario.tests;
