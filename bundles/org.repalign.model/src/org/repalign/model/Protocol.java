/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The subsampling protocol: subsamples of rows, permutation nulls and the k-NN tie rule.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.Protocol#getSubsamples <em>Subsamples</em>}</li>
 *   <li>{@link org.repalign.model.Protocol#getSubsampleSize <em>Subsample Size</em>}</li>
 *   <li>{@link org.repalign.model.Protocol#getPermutations <em>Permutations</em>}</li>
 *   <li>{@link org.repalign.model.Protocol#getTieRule <em>Tie Rule</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getProtocol()
 * @model
 * @generated
 */
public interface Protocol extends EObject {
	/**
	 * Returns the value of the '<em><b>Subsamples</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsamples</em>' attribute.
	 * @see #setSubsamples(int)
	 * @see org.repalign.model.ExperimentPackage#getProtocol_Subsamples()
	 * @model default="10"
	 * @generated
	 */
	int getSubsamples();

	/**
	 * Sets the value of the '{@link org.repalign.model.Protocol#getSubsamples <em>Subsamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsamples</em>' attribute.
	 * @see #getSubsamples()
	 * @generated
	 */
	void setSubsamples(int value);

	/**
	 * Returns the value of the '<em><b>Subsample Size</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subsample Size</em>' attribute.
	 * @see #setSubsampleSize(int)
	 * @see org.repalign.model.ExperimentPackage#getProtocol_SubsampleSize()
	 * @model default="1000"
	 * @generated
	 */
	int getSubsampleSize();

	/**
	 * Sets the value of the '{@link org.repalign.model.Protocol#getSubsampleSize <em>Subsample Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsample Size</em>' attribute.
	 * @see #getSubsampleSize()
	 * @generated
	 */
	void setSubsampleSize(int value);

	/**
	 * Returns the value of the '<em><b>Permutations</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permutations</em>' attribute.
	 * @see #setPermutations(int)
	 * @see org.repalign.model.ExperimentPackage#getProtocol_Permutations()
	 * @model default="10"
	 * @generated
	 */
	int getPermutations();

	/**
	 * Sets the value of the '{@link org.repalign.model.Protocol#getPermutations <em>Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Permutations</em>' attribute.
	 * @see #getPermutations()
	 * @generated
	 */
	void setPermutations(int value);

	/**
	 * Returns the value of the '<em><b>Tie Rule</b></em>' attribute.
	 * The default value is <code>"random"</code>.
	 * The literals are from the enumeration {@link org.repalign.model.TieRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tie Rule</em>' attribute.
	 * @see org.repalign.model.TieRule
	 * @see #setTieRule(TieRule)
	 * @see org.repalign.model.ExperimentPackage#getProtocol_TieRule()
	 * @model default="random"
	 * @generated
	 */
	TieRule getTieRule();

	/**
	 * Sets the value of the '{@link org.repalign.model.Protocol#getTieRule <em>Tie Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tie Rule</em>' attribute.
	 * @see org.repalign.model.TieRule
	 * @see #getTieRule()
	 * @generated
	 */
	void setTieRule(TieRule value);

} // Protocol
