/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contributed Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An analysis contributed by a plug-in (an AnalysisFactory service), with its settings as name/value pairs that the contributor validates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.ContributedAnalysis#getAnalysisId <em>Analysis Id</em>}</li>
 *   <li>{@link org.repalign.model.ContributedAnalysis#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getContributedAnalysis()
 * @model
 * @generated
 */
public interface ContributedAnalysis extends Analysis {
	/**
	 * Returns the value of the '<em><b>Analysis Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id under which the analysis is contributed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis Id</em>' attribute.
	 * @see #setAnalysisId(String)
	 * @see org.repalign.model.ExperimentPackage#getContributedAnalysis_AnalysisId()
	 * @model required="true"
	 * @generated
	 */
	String getAnalysisId();

	/**
	 * Sets the value of the '{@link org.repalign.model.ContributedAnalysis#getAnalysisId <em>Analysis Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis Id</em>' attribute.
	 * @see #getAnalysisId()
	 * @generated
	 */
	void setAnalysisId(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link org.repalign.model.AnalysisSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see org.repalign.model.ExperimentPackage#getContributedAnalysis_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisSetting> getSettings();

} // ContributedAnalysis
