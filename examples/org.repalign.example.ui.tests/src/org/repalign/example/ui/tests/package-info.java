/** UI tests of the example viewer in the Contributed Results view. */
package org.repalign.example.ui.tests;
