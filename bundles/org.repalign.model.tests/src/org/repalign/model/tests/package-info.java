/**
 * Tests of the experiment model: file round trips and errors, defaults, metric texts, every
 * validation rule with a failing and a passing case, and the plug-in registrations. Every file a
 * test reads is written by the test itself in a temporary directory.
 */
package org.repalign.model.tests;
