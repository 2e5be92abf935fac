/**
 * RepAlign
 */
package org.repalign.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Matching Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * SAE latent matching across models against shuffled nulls.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.FeatureMatchingAnalysis#getPermutations <em>Permutations</em>}</li>
 *   <li>{@link org.repalign.model.FeatureMatchingAnalysis#isBinary <em>Binary</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getFeatureMatchingAnalysis()
 * @model
 * @generated
 */
public interface FeatureMatchingAnalysis extends Analysis {
	/**
	 * Returns the value of the '<em><b>Permutations</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permutations</em>' attribute.
	 * @see #setPermutations(int)
	 * @see org.repalign.model.ExperimentPackage#getFeatureMatchingAnalysis_Permutations()
	 * @model default="10"
	 * @generated
	 */
	int getPermutations();

	/**
	 * Sets the value of the '{@link org.repalign.model.FeatureMatchingAnalysis#getPermutations <em>Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Permutations</em>' attribute.
	 * @see #getPermutations()
	 * @generated
	 */
	void setPermutations(int value);

	/**
	 * Returns the value of the '<em><b>Binary</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binary</em>' attribute.
	 * @see #setBinary(boolean)
	 * @see org.repalign.model.ExperimentPackage#getFeatureMatchingAnalysis_Binary()
	 * @model default="true"
	 * @generated
	 */
	boolean isBinary();

	/**
	 * Sets the value of the '{@link org.repalign.model.FeatureMatchingAnalysis#isBinary <em>Binary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binary</em>' attribute.
	 * @see #isBinary()
	 * @generated
	 */
	void setBinary(boolean value);

} // FeatureMatchingAnalysis
